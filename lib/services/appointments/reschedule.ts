import type { AppPrismaClient, Db } from "@/lib/database/client";
import { isExclusionViolation } from "@/lib/database/errors";
import type { AppointmentOutcome } from "@/lib/appointments/types";
import { canReschedule } from "@/lib/appointments/rules";
import type { ProviderOption, SlotOption } from "@/lib/booking/types";
import { SINGLE_SLOT_HORIZON_DAYS } from "@/lib/booking/policy";
import { assertClinicAccess } from "@/lib/access/clinic-access";
import { AppError } from "@/lib/errors";
import { planCourse, slotsByStart, verifySessions } from "@/lib/scheduling";
import { formatDate } from "@/lib/format";
import { localDateKey } from "@/lib/packages/expiry";
import { localDateStart } from "@/lib/time/zoned";
import { enqueueMessages } from "@/lib/notifications/enqueue";
import { writeAudit } from "@/lib/services/audit";
import type { Course } from "@/lib/booking/course";
import { toPreviewSession } from "@/lib/booking/display";
import { loadPurchaseCourse } from "@/lib/queries/booking/course";
import { eligibleProviders } from "@/lib/queries/booking/eligibility";
import { buildPlanRequest } from "@/lib/queries/booking/plan-request";
import { travelMinutes } from "@/lib/queries/booking/travel";
import type { CurrentUser } from "@/lib/session-types";
import type { TReschedule, TRescheduleSlots } from "@/lib/validations/appointment";
import { appointmentForChange, factsOf, lockAppointment, refusal, type LockedAppointment } from "./locked";

const DAY_MS = 86_400_000;
const SLOTS_SHOWN = 24;

type Movable = LockedAppointment;

/**
 * Rescheduling keeps the session (and the ledger) and changes its slot. The new slot is found and re-checked with
 * the planner's own rules: clinic hours, the provider's availability, time off and bookings, the patient's other
 * appointments, the course's rhythm and its expiry. The appointment's current time does not count as busy.
 */
async function courseOf(db: Db, a: Movable, horizonFrom: Date, now: Date): Promise<Course> {
  const remaining = [{ serviceId: a.serviceId, serviceName: a.service.name, count: 1, purchaseItemId: a.purchaseItemId }];
  const moving = [{ appointmentId: a.id, serviceId: a.serviceId, clinicId: a.clinicId }];
  if (!a.purchaseId) {
    return {
      purchaseId: null,
      patientId: a.patientId,
      packageName: a.service.name,
      expiresAt: new Date(horizonFrom.getTime() + SINGLE_SLOT_HORIZON_DAYS * DAY_MS),
      minDaysBetween: null,
      maxPerWeek: null,
      allowedProviderIds: [],
      defaultClinicId: null,
      remaining,
      moving,
    };
  }
  // The purchase's own rules (status, expiry, rhythm, allowed providers), for this one session.
  const course = await loadPurchaseCourse(db, a.purchaseId, now, [a.id]);
  return { ...course, remaining, moving };
}

async function loadMovable(db: Db, actor: CurrentUser, appointmentId: string, now: Date): Promise<Movable> {
  const a = await db.appointment.findUnique({ where: { id: appointmentId }, select: appointmentForChange });
  if (!a) throw new AppError("NOT_FOUND", "This appointment was not found. Reload the page.");
  assertClinicAccess(actor, a.clinicId);
  if (a.status !== "SCHEDULED" || a.startsAt <= now) {
    throw new AppError("CONFLICT", a.status === "SCHEDULED" ? "This appointment has already started; it cannot be moved." : "Only scheduled appointments can be moved.");
  }
  return a;
}

async function checkProvider(db: Db, course: Course, a: Movable, providerId: string, now: Date): Promise<void> {
  if (providerId === a.providerId) return;
  const providers = await eligibleProviders(db, course, [a.clinicId], now);
  if (!providers.some((p) => p.id === providerId)) {
    throw new AppError("INVALID_INPUT", "That provider cannot take this appointment at this clinic. Choose from the providers listed.", {
      fieldErrors: { providerId: "Choose from the providers listed." },
    });
  }
}

/**
 * Several days to choose from rather than one day in quarter hours: per clinic day at most six times, an hour apart.
 * ("Later times" asks again from after the last one.)
 */
function spaced<T extends { start: string }>(sorted: T[], timeZone: string): T[] {
  const out: T[] = [];
  const perDay = new Map<string, { count: number; last: number }>();
  for (const slot of sorted) {
    const at = Date.parse(slot.start);
    const day = localDateKey(new Date(at), timeZone);
    const seen = perDay.get(day);
    if (seen && (seen.count >= 6 || at - seen.last < 3_600_000)) continue;
    perDay.set(day, { count: (seen?.count ?? 0) + 1, last: at });
    out.push(slot);
    if (out.length === SLOTS_SHOWN) break;
  }
  return out;
}

/** Providers at the appointment's clinic who could take it over (the current one first). */
export async function rescheduleProviders(prisma: AppPrismaClient, actor: CurrentUser, appointmentId: string, now: Date): Promise<ProviderOption[]> {
  const a = await loadMovable(prisma, actor, appointmentId, now);
  const course = await courseOf(prisma, a, now, now);
  const providers = await eligibleProviders(prisma, course, [a.clinicId], now);
  return [...providers].sort((x, y) => Number(y.id === a.providerId) - Number(x.id === a.providerId));
}

/**
 * The next free slots for the appointment with one provider, from `from` (an instant: "Later times") or `fromDate`
 * (a local date at the appointment's clinic: "First free on or after"), default now.
 */
export async function rescheduleSlots(
  prisma: AppPrismaClient,
  actor: CurrentUser,
  input: TRescheduleSlots,
  now: Date,
): Promise<SlotOption[]> {
  const a = await loadMovable(prisma, actor, input.appointmentId, now);
  // The same horizon as the move itself checks (a single session: four weeks from now), whatever `from` is.
  const course = await courseOf(prisma, a, now, now);
  const from = input.fromDate ? checkedFromDate(input.fromDate, a.clinic.timeZone, course, now) : input.from && Date.parse(input.from) > now.getTime() ? new Date(input.from) : now;
  if (from >= course.expiresAt) return [];
  const providerId = input.providerId ?? a.providerId;
  await checkProvider(prisma, course, a, providerId, now);
  const { request, names } = await buildPlanRequest(prisma, course, { clinicIds: [a.clinicId], providerIds: [providerId] }, from, {
    travelMinutes: await travelMinutes(prisma),
  });
  const plan = planCourse(request);
  if (plan.sessions.length === 0) return [];
  // Its current time is not a move. By start, every valid time: a ranked top-N sorted afterwards skipped days.
  const current = (x: { start: string; providerId: string }) => x.providerId === a.providerId && Date.parse(x.start) === a.startsAt.getTime();
  const candidates = [plan.sessions[0], ...slotsByStart(request, plan, 0)]
    .filter((x) => !current(x))
    .sort((x, y) => Date.parse(x.start) - Date.parse(y.start));
  return spaced(candidates, a.clinic.timeZone).map((s) => toPreviewSession(s, names, actor.hourCycle));
}

/** The start of a local date the desk asked for, refused (with the reason) when before today or past the horizon. */
function checkedFromDate(date: string, timeZone: string, course: Course, now: Date): Date {
  if (date < localDateKey(now, timeZone)) throw new AppError("INVALID_INPUT", "Pick today or a later date.", { fieldErrors: { fromDate: "Pick today or a later date." } });
  const last = new Date(course.expiresAt.getTime() - 1);
  if (date > localDateKey(last, timeZone)) {
    const until = formatDate(last, timeZone);
    const message = course.purchaseId
      ? `“${course.packageName}” can be used until ${until}: pick a date on or before it.`
      : `Free times are shown up to ${until}: pick a date on or before it.`;
    throw new AppError("INVALID_INPUT", message, { fieldErrors: { fromDate: message } });
  }
  return new Date(Math.max(localDateStart(date, timeZone).getTime(), now.getTime()));
}

export async function rescheduleAppointment(
  prisma: AppPrismaClient,
  actor: CurrentUser,
  input: TReschedule,
  now: Date,
): Promise<AppointmentOutcome> {
  const start = new Date(input.start);
  try {
    return await prisma.$transaction(async (tx) => {
      const a = await lockAppointment(tx, actor, input.appointmentId);
      if (!canReschedule(factsOf(a), now)) throw refusal(a, "reschedule", now);
      const course = await courseOf(tx, a, now, now);
      await checkProvider(tx, course, a, input.providerId, now);
      const { request, names } = await buildPlanRequest(tx, course, { clinicIds: [a.clinicId], providerIds: [input.providerId] }, now, {
        inTransaction: true,
        travelMinutes: await travelMinutes(tx),
      });
      const service = request.services[0];
      const end = new Date(start.getTime() + service.durationMin * 60_000);
      const session = { serviceId: a.serviceId, providerId: input.providerId, clinicId: a.clinicId, start: start.toISOString(), end: end.toISOString() };
      const label = toPreviewSession(session, names);
      const what = `${label.dateLabel} at ${label.timeLabel} with ${label.providerName}`;
      const problems = verifySessions(request, [session]);
      if (problems.length > 0) {
        const why = problems[0].reason === "course-rule" ? "does not fit the course's rhythm (days between sessions, sessions per week)" : "is not free";
        throw new AppError("SLOT_TAKEN", `${what} ${why}. Choose another time.`);
      }
      await tx.appointment.update({
        where: { id: a.id },
        data: { providerId: input.providerId, startsAt: start, endsAt: end, blockEndsAt: new Date(end.getTime() + (service.bufferAfterMin ?? 0) * 60_000) },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "appointment.rescheduled",
        entityType: "Appointment",
        entityId: a.id,
        details: { patientId: a.patientId, purchaseId: a.purchaseId, from: a.startsAt.toISOString(), to: start.toISOString(), fromProviderId: a.providerId, toProviderId: input.providerId },
      });
      await enqueueMessages(tx, [{ type: "appointment.rescheduled", appointmentId: a.id }], now, [{ ...a, startsAt: start }]);
      return {
        appointmentId: a.id,
        patientId: a.patientId,
        purchaseId: a.purchaseId,
        status: "SCHEDULED",
        ledgerEffect: "none",
        message: `Moved to ${what}.`,
        replanPurchaseId: null,
      };
    });
  } catch (e) {
    if (isExclusionViolation(e)) throw new AppError("SLOT_TAKEN", "That time was just taken by another booking. Choose another time.", { cause: e });
    throw e;
  }
}
