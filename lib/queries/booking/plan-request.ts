import { ACTIVE_APPOINTMENT_STATUSES } from "@/lib/booking/policy";
import { AppError } from "@/lib/errors";
import type { PlanRequest } from "@/lib/scheduling";
import type { TPatientChoices } from "@/lib/validations/booking";
import type { Course, CourseFacts } from "@/lib/booking/course";
import type { Db } from "@/lib/database/client";
import { assemblePlanRequest, type PlanNames, type Selection } from "./assemble-plan-request";
import { isEligibleProvider } from "./eligibility";

const DAY_MS = 86_400_000;

/**
 * Loads everything the planner needs for one course and one selection of clinics and providers, and turns it into a
 * PlanRequest: the clinics, the providers with their busy time (between now and expiry), and — unless the course
 * was read with its facts (a purchase, see loadPurchaseCourse) — its services, the patient's preferences and busy
 * time and the course's booked sessions. With `checkProviders`, every selected provider must be one the booking
 * filters would have offered (the same rule as eligibleProviders, decided on the rows read here).
 */
export async function buildPlanRequest(
  db: Db,
  course: Course,
  selection: Selection,
  now: Date,
  options: { count?: number; inTransaction?: boolean; checkProviders?: boolean; choices?: TPatientChoices; travelMinutes?: number } = {},
): Promise<{ request: PlanRequest; names: PlanNames }> {
  const serviceIds = course.remaining.filter((r) => r.count > 0).map((r) => r.serviceId);
  const horizon = { start: now, end: course.expiresAt };
  const active = { in: [...ACTIVE_APPOINTMENT_STATUSES] };
  // Sessions being moved free their current time (for the provider, the patient and the course's rhythm).
  const movingIds = (course.moving ?? []).map((m) => m.appointmentId);
  const notMoving = movingIds.length > 0 ? { id: { notIn: movingIds } } : {};
  const isMoving = (id: string) => movingIds.includes(id);
  const [clinics, providers, facts] = await inOrderOrTogether(options.inTransaction ?? false, [
    () =>
      db.clinic.findMany({
        where: { id: { in: selection.clinicIds } },
        select: {
          id: true,
          name: true,
          timeZone: true,
          locale: true,
          hours: { select: { weekday: true, startMinute: true, endMinute: true } },
          closures: {
            where: { date: { gte: new Date(now.getTime() - 2 * DAY_MS), lte: new Date(course.expiresAt.getTime() + 2 * DAY_MS) } },
            select: { date: true },
          },
          services: { where: { serviceId: { in: serviceIds } }, select: { serviceId: true } },
        },
      }),
    () =>
      db.provider.findMany({
        where: { id: { in: selection.providerIds } },
        select: {
          id: true,
          name: true,
          active: true,
          clinics: { where: { clinicId: { in: selection.clinicIds } }, select: { clinicId: true } },
          services: { where: { serviceId: { in: serviceIds } }, select: { serviceId: true } },
          availability: { where: { clinicId: { in: selection.clinicIds } }, select: { clinicId: true, weekday: true, startMinute: true, endMinute: true } },
          timeOff: { where: { startsAt: { lt: horizon.end }, endsAt: { gt: horizon.start } }, select: { startsAt: true, endsAt: true } },
          appointments: {
            where: { status: active, startsAt: { lt: horizon.end }, blockEndsAt: { gt: horizon.start }, ...notMoving },
            select: { startsAt: true, blockEndsAt: true },
          },
        },
      }),
    () => (course.loaded ? Promise.resolve(course.loaded) : loadFacts(db, course, serviceIds, horizon, options.inTransaction ?? false)),
  ] as const);
  if (clinics.length !== selection.clinicIds.length) throw new AppError("INVALID_INPUT", "One of the selected clinics no longer exists.");
  if (options.checkProviders) assertEligible(providers, course, selection, now);
  if (providers.length !== selection.providerIds.length) throw new AppError("INVALID_INPUT", "One of the selected providers no longer exists.");
  // courseBooked may name clinics outside the selection (an earlier session elsewhere): the planner needs them too.
  const booked = facts.courseBooked.filter((a) => !isMoving(a.id));
  const extraClinicIds = [...new Set(booked.map((a) => a.clinicId))].filter((id) => !selection.clinicIds.includes(id));
  const extraClinics = extraClinicIds.length
    ? await db.clinic.findMany({ where: { id: { in: extraClinicIds } }, select: { id: true, name: true, timeZone: true, locale: true } })
    : [];
  const { count, choices, travelMinutes } = options;
  return assemblePlanRequest({ course, selection, now, clinics, extraClinics, providers, facts, count, choices, travelMinutes });
}

/** What a course without pre-read facts (a template, a single session) needs from the database: three reads. */
async function loadFacts(db: Db, course: Course, serviceIds: string[], horizon: { start: Date; end: Date }, sequential: boolean): Promise<CourseFacts> {
  const active = { in: [...ACTIVE_APPOINTMENT_STATUSES] };
  const [services, patient, courseBooked] = await inOrderOrTogether(sequential, [
    () => db.service.findMany({ where: { id: { in: serviceIds } }, select: { id: true, name: true, durationMin: true, bufferAfterMin: true } }),
    () =>
      db.patient.findUnique({
        where: { id: course.patientId },
        select: {
          preferredWeekdays: true,
          preferredWindows: true,
          appointments: {
            where: {
              status: active,
              startsAt: { lt: horizon.end },
              endsAt: { gt: horizon.start },
              ...(course.purchaseId ? { OR: [{ purchaseId: null }, { purchaseId: { not: course.purchaseId } }] } : {}),
            },
            select: { id: true, clinicId: true, startsAt: true, endsAt: true },
          },
        },
      }),
    () =>
      course.purchaseId
        ? db.appointment.findMany({
            where: { purchaseId: course.purchaseId, status: active },
            orderBy: { startsAt: "asc" },
            select: { id: true, clinicId: true, startsAt: true, endsAt: true, providerId: true },
          })
        : Promise.resolve([]),
  ] as const);
  return {
    services,
    preferences: { weekdays: patient?.preferredWeekdays ?? [], windows: patient?.preferredWindows ?? [] },
    patientBusy: patient?.appointments ?? [],
    courseBooked,
  };
}

type ProviderFacts = {
  id: string;
  active: boolean;
  clinics: unknown[];
  services: unknown[];
  availability: unknown[];
  timeOff: { startsAt: Date; endsAt: Date }[];
};

/** checkSelection's provider rule (see eligibleProviders), on the rows the planner reads anyway. */
function assertEligible(providers: ProviderFacts[], course: Course, selection: Selection, now: Date): void {
  const eligible = new Set(providers.filter((p) => isEligibleProvider(p, course, now)).map((p) => p.id));
  if (selection.providerIds.some((id) => !eligible.has(id))) {
    throw new AppError("INVALID_INPUT", "One of the chosen providers cannot deliver this package at the chosen clinics. Choose again.", {
      fieldErrors: { providerIds: "Choose from the providers listed." },
    });
  }
}
type Thunks = readonly (() => PromiseLike<unknown>)[];
type Results<T extends Thunks> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Independent reads run together on a pool; inside a transaction (one connection) they run one after another:
 * pg would queue them on the one client anyway, and warns when asked to.
 */
async function inOrderOrTogether<T extends Thunks>(sequential: boolean, thunks: T): Promise<Results<T>> {
  if (!sequential) return (await Promise.all(thunks.map((t) => t()))) as Results<T>;
  const out: unknown[] = [];
  for (const t of thunks) out.push(await t());
  return out as Results<T>;
}
