import { ACTIVE_APPOINTMENT_STATUSES } from "@/lib/booking/policy";
import { remainingOf } from "@/lib/packages/ledger";
import { planCourse } from "@/lib/scheduling";
import type { Db } from "@/lib/database/client";
import { COURSE_COLUMNS, purchaseCourse, type PurchaseCourseRow } from "@/lib/queries/booking/course";
import { isEligibleProvider } from "@/lib/queries/booking/eligibility";
import { travelMinutes } from "@/lib/queries/booking/travel";
import { assemblePlanRequest, type PlanClinicRow, type PlanProviderRow } from "@/lib/queries/booking/assemble-plan-request";
import { freeSlotsPerService } from "./at-risk-capacity";

/** At most this many purchases are planned per request (the rest are reported as left out). */
export const AT_RISK_MAX_PURCHASES = 2000;

export type AtRiskPurchase = {
  purchaseId: string;
  patientId: string;
  patientName: string;
  packageName: string;
  expiresAt: Date;
  unbooked: number;
  placeable: number;
  /** The planner's reasons, verbatim, per service it could not place. */
  unplaced: { serviceName: string; count: number; reason: string }[];
};

export type CapacityRow = { serviceId: string; serviceName: string; unbooked: number; freeSlots: number; until: Date };

export type AtRiskReport = { purchases: AtRiskPurchase[]; capacity: CapacityRow[]; truncated: boolean };

const DAY_MS = 86_400_000;

/**
 * Can each active purchase of a clinic still be placed before expiry, with providers and calendars as they are now?
 * Five reads, a fixed number of statements whatever the number of purchases (purchases with their facts, the clinic,
 * its providers with their busy time up to the latest expiry, all clinics' names, the travel time), then plans every
 * purchase in memory exactly as Auto Schedule would — the same request builder and planner — over every eligible provider at this clinic, from now until its expiry.
 * A purchase belongs to its template's default clinic, else its patient's preferred clinic (as in every report).
 */
export async function atRiskCourses(db: Db, clinicId: string, now: Date, known: { travelMinutes?: number } = {}): Promise<AtRiskReport> {
  const active = { in: [...ACTIVE_APPOINTMENT_STATUSES] };
  const rows = await db.packagePurchase.findMany({
    where: {
      status: "ACTIVE",
      expiresAt: { gt: now },
      OR: [{ package: { defaultClinicId: clinicId } }, { package: { defaultClinicId: null }, patient: { preferredClinicId: clinicId } }],
    },
    orderBy: [{ expiresAt: "asc" }, { id: "asc" }],
    take: AT_RISK_MAX_PURCHASES + 1,
    select: {
      ...COURSE_COLUMNS,
      patient: {
        select: {
          firstName: true,
          lastName: true,
          preferredWeekdays: true,
          preferredWindows: true,
          appointments: { where: { status: active, endsAt: { gt: now } }, select: { id: true, purchaseId: true, clinicId: true, startsAt: true, endsAt: true } },
        },
      },
    },
  });
  const truncated = rows.length > AT_RISK_MAX_PURCHASES;
  const open = rows.slice(0, AT_RISK_MAX_PURCHASES).filter((p) => p.items.some((i) => remainingOf(i) > 0));
  if (open.length === 0) return { purchases: [], capacity: [], truncated };
  const until = new Date(Math.max(...open.map((p) => p.expiresAt.getTime())));

  const [clinic, providers, allClinics, travel] = await Promise.all([
    db.clinic.findUnique({
      where: { id: clinicId },
      select: {
        id: true,
        name: true,
        timeZone: true,
        hours: { select: { weekday: true, startMinute: true, endMinute: true } },
        closures: { where: { date: { gte: new Date(now.getTime() - 2 * DAY_MS), lte: new Date(until.getTime() + 2 * DAY_MS) } }, select: { date: true } },
        services: { select: { serviceId: true } },
      },
    }),
    db.provider.findMany({
      where: { clinics: { some: { clinicId } } },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        active: true,
        clinics: { where: { clinicId }, select: { clinicId: true } },
        services: { select: { serviceId: true } },
        availability: { where: { clinicId }, select: { clinicId: true, weekday: true, startMinute: true, endMinute: true } },
        timeOff: { where: { startsAt: { lt: until }, endsAt: { gt: now } }, select: { startsAt: true, endsAt: true } },
        appointments: {
          where: { status: active, startsAt: { lt: until }, blockEndsAt: { gt: now } },
          orderBy: { startsAt: "asc" },
          select: { startsAt: true, blockEndsAt: true },
        },
      },
    }),
    db.clinic.findMany({ select: { id: true, name: true, timeZone: true } }),
    known.travelMinutes ?? travelMinutes(db),
  ]);
  if (!clinic) return { purchases: [], capacity: [], truncated };

  const merged = providers.map((p) => ({ ...p, appointments: mergeBusy(p.appointments) }));
  const purchases = open.map((p) => planPurchase(p, clinic, merged, allClinics, travel, now));
  purchases.sort((a, b) => Number(b.placeable < b.unbooked) - Number(a.placeable < a.unbooked) || a.expiresAt.getTime() - b.expiresAt.getTime());
  const capacity = freeSlotsPerService({ open, clinic, providers, now });
  return { purchases, capacity, truncated };
}

type PurchaseRow = PurchaseCourseRow & {
  patient: { firstName: string; lastName: string; appointments: { id: string; purchaseId: string | null; clinicId: string; startsAt: Date; endsAt: Date }[] };
};

type ProviderRow = PlanProviderRow & { active: boolean; clinics: { clinicId: string }[] };

/**
 * Back-to-back or overlapping busy blocks (sorted by start) as one block each: the planner only looks at their union,
 * and a clinic's purchases are all planned over the same blocks, so fewer blocks make every plan cheaper.
 */
function mergeBusy(rows: { startsAt: Date; blockEndsAt: Date }[]): { startsAt: Date; blockEndsAt: Date }[] {
  const out: { startsAt: Date; blockEndsAt: Date }[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && r.startsAt <= last.blockEndsAt) {
      if (r.blockEndsAt > last.blockEndsAt) last.blockEndsAt = r.blockEndsAt;
    } else out.push({ startsAt: r.startsAt, blockEndsAt: r.blockEndsAt });
  }
  return out;
}

/** Rows sorted by start (all ending after now): those starting before `end`, found by binary search. */
function startingBefore<T extends { startsAt: Date }>(rows: T[], end: Date): T[] {
  const limit = end.getTime();
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid].startsAt.getTime() < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo === rows.length ? rows : rows.slice(0, lo);
}

function planPurchase(
  p: PurchaseRow,
  clinic: PlanClinicRow,
  providers: ProviderRow[],
  allClinics: { id: string; name: string; timeZone: string }[],
  travel: number,
  now: Date,
): AtRiskPurchase {
  const course = purchaseCourse(
    p,
    p.patient.appointments.filter((a) => a.purchaseId !== p.id),
  );
  const needed = new Set(course.remaining.filter((r) => r.count > 0).map((r) => r.serviceId));
  const unbooked = course.remaining.reduce((n, r) => n + Math.max(0, r.count), 0);
  // The provider rows narrowed the way buildPlanRequest reads them for this course (services it needs, its horizon).
  const narrowed = providers.map((pr) => ({
    ...pr,
    services: pr.services.filter((s) => needed.has(s.serviceId)),
    timeOff: pr.timeOff.filter((t) => t.startsAt < p.expiresAt),
    // Every purchase plans over the same busy rows, cut at its expiry (a slice, not a scan: hundreds of purchases).
    appointments: startingBefore(pr.appointments, p.expiresAt),
  }));
  const eligible = narrowed.filter((pr) => isEligibleProvider(pr, course, now));
  const base = { purchaseId: p.id, patientId: p.patientId, patientName: `${p.patient.firstName} ${p.patient.lastName}`, packageName: p.packageName, expiresAt: p.expiresAt, unbooked };
  const serviceName = (id: string) => course.remaining.find((r) => r.serviceId === id)?.serviceName ?? "Unknown service";
  if (eligible.length === 0) {
    return {
      ...base,
      placeable: 0,
      unplaced: course.remaining
        .filter((r) => r.count > 0)
        .map((r) => ({ serviceName: r.serviceName, count: r.count, reason: `No provider at ${clinic.name} can deliver ${r.serviceName} for this package before it expires.` })),
    };
  }
  const extraClinics = allClinics.filter((c) => c.id !== clinic.id && p.appointments.some((a) => a.clinicId === c.id));
  const { request } = assemblePlanRequest({
    course,
    selection: { clinicIds: [clinic.id], providerIds: eligible.map((e) => e.id) },
    now,
    clinics: [clinic],
    extraClinics,
    providers: eligible,
    facts: course.loaded!,
    travelMinutes: travel,
  });
  const result = planCourse(request);
  return {
    ...base,
    placeable: result.sessions.length,
    unplaced: result.unplaced.map((u) => ({ serviceName: serviceName(u.serviceId), count: u.count, reason: u.reason })),
  };
}
