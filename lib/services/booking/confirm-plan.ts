import type { AppPrismaClient } from "@/lib/database/client";
import { isCheckViolation, isExclusionViolation } from "@/lib/database/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConfirmedBatch, SessionChoice } from "@/lib/booking/types";
import { AppError } from "@/lib/errors";
import { verifySessions } from "@/lib/scheduling";
import { enqueueMessages, type MessageFacts } from "@/lib/notifications/enqueue";
import type { CurrentUser } from "@/lib/session-types";
import type { TConfirmPlan } from "@/lib/validations/booking";
import { hashRequest, replayedBatch, type BatchRequest } from "./booking-key";
import { findClashingRow } from "./clash";
import type { Course } from "@/lib/booking/course";
import { toPreviewSession } from "@/lib/booking/display";
import { loadPurchaseCourse } from "@/lib/queries/booking/course";
import type { PlanNames } from "@/lib/queries/booking/assemble-plan-request";
import { buildPlanRequest } from "@/lib/queries/booking/plan-request";
import { DEFAULT_TRAVEL_MINUTES } from "@/lib/queries/booking/travel";
import { checkClinics } from "./selection";
import { writeBatch, type PlannedSession } from "./write-batch";

type Tx = Prisma.TransactionClient;
type Verified = { course: Course; names: PlanNames; sessions: PlannedSession[]; moving: { appointmentId: string; serviceId: string }[] };
type ClinicFacts = MessageFacts["clinic"] & { id: string };
type Locked = Pick<Verified, "course" | "moving"> & { travel: number; clinics: ClinicFacts[] };

/**
 * Books a previewed plan all-or-nothing, in one transaction of three steps: lock (the purchase row, so
 * confirmations of one course queue up, and the sessions to move), verify (every session re-checked against fresh
 * data) and write (the batch under its idempotency key, the ledger debit and the audit rows in one statement, the
 * appointments in another). The database has the last word: exclusion constraints stop overlapping bookings by
 * anyone, CHECK constraints stop overdrawing, the unique key stops a second batch. When they do, the transaction is
 * gone, and `recover` says what happened: a replay of this very request returns its batch, a clash names its session.
 * `moveAppointmentIds`: booked sessions being re-planned; the plan's sessions of their services move them first.
 */
export async function confirmPlan(prisma: AppPrismaClient, actor: CurrentUser, input: TConfirmPlan, now: Date): Promise<ConfirmedBatch> {
  if (input.sessions.length === 0) throw new AppError("INVALID_INPUT", "The plan has no sessions to book.");
  const key: BatchRequest = { idempotencyKey: input.idempotencyKey, userId: actor.id, purchaseId: input.purchaseId, requestHash: hashRequest(input) };
  // What verify found, for naming a clash after the transaction is gone.
  const seen: { verified: Verified | null } = { verified: null };
  try {
    return await prisma.$transaction(
      async (tx) => {
        const locked = await lock(tx, input, now, actor.clinicIds);
        const verified = await verify(tx, actor, locked, input, now);
        seen.verified = verified;
        const written = await writeBatch(tx, actor, key, verified.course, verified.sessions, verified.moving);
        // Patient e-mails (confirmation with the course's .ics, reminders, move notices), committed with the booking;
        // what they need to know of the appointments was read by lock, so the outbox reads nothing.
        await enqueueMessages(
          tx,
          [
            { type: "course.booked", batchId: written.batch.batchId, purchaseId: verified.course.purchaseId, appointmentIds: written.created.map((a) => a.id) },
            ...written.moved.map((a) => ({ type: "appointment.rescheduled" as const, appointmentId: a.id })),
          ],
          now,
          messageFacts(verified.course, locked.clinics, [...written.created, ...written.moved]),
        );
        return written.batch;
      },
      { timeout: 20_000, maxWait: 20_000 },
    );
  } catch (e) {
    return recover(prisma, e, key, seen.verified);
  }
}

async function lock(tx: Tx, input: TConfirmPlan, now: Date, clinicIds: readonly string[]): Promise<Locked> {
  // The purchase row lock, and (in the same statement) the group's travel time between clinics for the re-check and
  // the plan's clinics' zone and reminder lead for the messages.
  const planClinicIds = [...new Set(input.sessions.map((s) => s.clinicId))];
  const [row] = await tx.$queryRaw<{ travel_minutes: number | null; clinics: ClinicFacts[] | null }[]>`
    SELECT (SELECT travel_minutes FROM group_settings WHERE id = 1) AS travel_minutes,
           (SELECT json_agg(json_build_object('id', id, 'timeZone', time_zone, 'reminderHours', reminder_hours))
              FROM clinics WHERE id = ANY(${planClinicIds})) AS clinics
      FROM package_purchases WHERE id = ${input.purchaseId} FOR UPDATE`;
  const travel = row?.travel_minutes ?? DEFAULT_TRAVEL_MINUTES;
  const clinics = row?.clinics ?? [];
  const moveIds = input.moveAppointmentIds ?? [];
  if (moveIds.length > 0) await tx.$queryRaw`SELECT id FROM appointments WHERE id = ANY(${moveIds}) FOR UPDATE`;
  const course = await loadPurchaseCourse(tx, input.purchaseId, now, moveIds, clinicIds);
  // A session to move that the plan has no slot for (removed from the preview) stays where it is.
  const moving = movesFor(course.moving ?? [], input.sessions);
  if (moving.length === moveIds.length) return { course, moving, travel, clinics };
  return { course: await loadPurchaseCourse(tx, input.purchaseId, now, moving.map((m) => m.appointmentId), clinicIds), moving, travel, clinics };
}

async function verify(tx: Tx, actor: CurrentUser, locked: Locked, input: TConfirmPlan, now: Date): Promise<Verified> {
  const { course, moving } = locked;
  const selection = {
    clinicIds: [...new Set(input.sessions.map((s) => s.clinicId))],
    providerIds: [...new Set(input.sessions.map((s) => s.providerId))],
  };
  await checkClinics(tx, actor, course, selection);
  const { request, names } = await buildPlanRequest(tx, course, selection, now, { inTransaction: true, checkProviders: true, travelMinutes: locked.travel });
  const services = new Map(request.services.map((s) => [s.id, s]));
  const sessions = input.sessions
    .map((s, index) => {
      const service = services.get(s.serviceId);
      if (!service) throw new AppError("INVALID_INPUT", "The plan names a service that is not left in this package. Run Auto Schedule again.");
      const start = new Date(s.start);
      if (Number.isNaN(start.getTime())) throw new AppError("INVALID_INPUT", "The plan has a session without a valid time. Run Auto Schedule again.");
      const end = new Date(start.getTime() + service.durationMin * 60_000);
      return { ...s, index, start, end, blockEnd: new Date(end.getTime() + (service.bufferAfterMin ?? 0) * 60_000) };
    })
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  const problems = verifySessions(
    request,
    sessions.map((s) => ({ serviceId: s.serviceId, providerId: s.providerId, clinicId: s.clinicId, start: s.start.toISOString(), end: s.end.toISOString() })),
  );
  if (problems.length > 0) throw refusal(sessions[problems[0].index], names, problems[0].reason);
  return { course, moving, names, sessions };
}

/** Why the transaction failed, in the receptionist's words; or the batch, when this request had already booked it. */
async function recover(prisma: AppPrismaClient, e: unknown, key: BatchRequest, verified: Verified | null): Promise<ConfirmedBatch> {
  // A retry or double submit of a confirm that went through fails here (its slots are taken now, by itself): the
  // key tells. A key that another request used is refused whatever else went wrong.
  const replay = await replayedBatch(prisma, key).catch((lookup: unknown) => {
    if (lookup instanceof AppError) throw lookup;
    return null;
  });
  if (replay) return replay;
  if (isCheckViolation(e)) {
    throw new AppError("PACKAGE_EXHAUSTED", "This package does not have enough sessions left for this plan. Nothing was booked; run Auto Schedule again.", { cause: e });
  }
  if (isExclusionViolation(e)) {
    if (verified) {
      const { course, names, sessions, moving } = verified;
      const row = await findClashingRow(prisma, course.patientId, sessions, moving.map((m) => m.appointmentId));
      if (row !== null) throw refusal(sessions[row], names, "unavailable", e);
    }
    throw new AppError("SLOT_TAKEN", "One of the sessions was just taken by another booking. Nothing was booked; run Auto Schedule again.", { cause: e });
  }
  throw e;
}

/** The booked appointments as the outbox needs them, from what lock read (the course's patient, the plan's clinics). */
function messageFacts(course: Course, clinics: ClinicFacts[], written: { id: string; clinicId: string; startsAt: Date }[]): MessageFacts[] {
  const clinicOf = new Map(clinics.map(({ id, ...c }) => [id, c]));
  const patient = course.contact;
  if (!patient) return [];
  return written.flatMap((a) => {
    const clinic = clinicOf.get(a.clinicId);
    return clinic ? [{ ...a, patientId: course.patientId, patient, clinic }] : [];
  });
}

/** Which of the sessions to move get a slot: per service, as many as the plan has sessions of it. */
function movesFor(moving: { appointmentId: string; serviceId: string }[], sessions: SessionChoice[]) {
  const planned = new Map<string, number>();
  for (const s of sessions) planned.set(s.serviceId, (planned.get(s.serviceId) ?? 0) + 1);
  return moving.filter((m) => {
    const left = planned.get(m.serviceId) ?? 0;
    if (left === 0) return false;
    planned.set(m.serviceId, left - 1);
    return true;
  });
}

/**
 * A session that cannot be booked, named, with its position in the plan as sent (`fieldErrors["sessions.<i>"]`)
 * so the preview can mark its row. More sessions of a service than the package has left is PACKAGE_EXHAUSTED.
 */
function refusal(s: PlannedSession, names: PlanNames, reason: "unavailable" | "course-rule" | "too-many", cause?: unknown): AppError {
  const label = toPreviewSession({ ...s, start: s.start.toISOString(), end: s.end.toISOString() }, names);
  const what = `${label.serviceName} with ${label.providerName} on ${label.dateLabel} at ${label.timeLabel}`;
  if (reason === "too-many") {
    return new AppError("PACKAGE_EXHAUSTED", `The plan has more ${label.serviceName} sessions than the package has left. Nothing was booked; run Auto Schedule again.`, {
      internal: `too many sessions: ${label.serviceName}`,
    });
  }
  const message =
    reason === "course-rule"
      ? `${what} no longer fits the course's rhythm (one session a day, days between sessions, sessions per week). Nothing was booked; run Auto Schedule again.`
      : `${what} is no longer free. Nothing was booked; run Auto Schedule again.`;
  return new AppError("SLOT_TAKEN", message, { internal: `slot taken: ${what}`, cause, fieldErrors: { [`sessions.${s.index}`]: message } });
}
