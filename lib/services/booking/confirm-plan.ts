import type { AppPrismaClient } from "@/lib/database/client";
import { isCheckViolation, isExclusionViolation, isUniqueViolation } from "@/lib/database/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConfirmedBatch, SessionChoice } from "@/lib/booking/types";
import { AppError } from "@/lib/errors";
import { verifySessions } from "@/lib/scheduling";
import { enqueueMessages } from "@/lib/notifications/enqueue";
import { writeAudit } from "@/lib/services/audit";
import type { CurrentUser } from "@/lib/session-types";
import { loadPurchaseCourse } from "./course";
import { toPreviewSession } from "./display";
import { buildPlanRequest, type PlanNames } from "./plan-request";
import { checkSelection } from "./selection";

/** `moveAppointmentIds`: booked sessions being re-planned; the plan's sessions of their services move them first. */
export type ConfirmPlanInput = { purchaseId: string; idempotencyKey: string; sessions: SessionChoice[]; moveAppointmentIds?: string[] };

type Tx = Prisma.TransactionClient;

/**
 * Books a previewed plan all-or-nothing. In one transaction: the purchase row is locked (confirmations of one course
 * queue up), every session is re-checked against fresh data, the batch is recorded under its idempotency key,
 * appointments are inserted one by one (so a clash names its session) and the ledger is debited. The database has
 * the last word: exclusion constraints stop overlapping bookings by anyone, CHECK constraints stop overdrawing.
 */
export async function confirmPlan(prisma: AppPrismaClient, actor: CurrentUser, input: ConfirmPlanInput, now: Date): Promise<ConfirmedBatch> {
  if (input.sessions.length === 0) throw new AppError("INVALID_INPUT", "The plan has no sessions to book.");
  const previous = await findBatch(prisma, input.idempotencyKey);
  if (previous) return previous;
  try {
    return await prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM package_purchases WHERE id = ${input.purchaseId} FOR UPDATE`;
        const again = await findBatch(tx, input.idempotencyKey);
        if (again) return again;

        const moveIds = input.moveAppointmentIds ?? [];
        if (moveIds.length > 0) await tx.$queryRaw`SELECT id FROM appointments WHERE id = ANY(${moveIds}) FOR UPDATE`;
        let course = await loadPurchaseCourse(tx as unknown as AppPrismaClient, input.purchaseId, now, moveIds);
        // A session to move that the plan has no slot for (removed from the preview) stays where it is.
        const moving = movesFor(course.moving ?? [], input.sessions);
        if (moving.length < moveIds.length) {
          course = await loadPurchaseCourse(tx as unknown as AppPrismaClient, input.purchaseId, now, moving.map((m) => m.appointmentId));
        }
        const selection = {
          clinicIds: [...new Set(input.sessions.map((s) => s.clinicId))],
          providerIds: [...new Set(input.sessions.map((s) => s.providerId))],
        };
        await checkSelection(tx as unknown as AppPrismaClient, actor, course, selection, now);
        const { request, names } = await buildPlanRequest(tx, course, selection, now, { inTransaction: true });
        const durations = new Map(request.services.map((s) => [s.id, s]));
        const sessions = input.sessions
          .map((s) => {
            const service = durations.get(s.serviceId);
            if (!service) throw new AppError("INVALID_INPUT", "The plan names a service that is not left in this package. Run Auto Schedule again.");
            const start = new Date(s.start);
            if (Number.isNaN(start.getTime())) throw new AppError("INVALID_INPUT", "The plan has a session without a valid time. Run Auto Schedule again.");
            return { ...s, start, end: new Date(start.getTime() + service.durationMin * 60_000), blockEnd: new Date(start.getTime() + (service.durationMin + (service.bufferAfterMin ?? 0)) * 60_000) };
          })
          .sort((a, b) => a.start.getTime() - b.start.getTime());

        const problems = verifySessions(
          request,
          sessions.map((s) => ({ serviceId: s.serviceId, providerId: s.providerId, clinicId: s.clinicId, start: s.start.toISOString(), end: s.end.toISOString() })),
        );
        if (problems.length > 0) {
          const p = problems[0];
          throw slotTaken(sessions[p.index], names, p.reason);
        }

        const batch = await tx.bookingBatch.create({
          data: { idempotencyKey: input.idempotencyKey, purchaseId: course.purchaseId, createdById: actor.id },
          select: { id: true },
        });
        const itemOf = new Map(course.remaining.map((r) => [r.serviceId, r.purchaseItemId!]));
        const toMove = new Map<string, string[]>();
        for (const m of moving) toMove.set(m.serviceId, [...(toMove.get(m.serviceId) ?? []), m.appointmentId]);
        // Sessions being moved release their current times first: the exclusion constraints are checked row by row,
        // so a session moving onto a time another moving session still holds would otherwise clash with it. They are
        // parked (an inactive status, outside the constraints) and take their new slots below, in this transaction.
        if (moving.length > 0) {
          await tx.appointment.updateMany({ where: { id: { in: moving.map((m) => m.appointmentId) } }, data: { status: "CANCELLED" } });
        }
        const ids: string[] = [];
        const created: typeof sessions = [];
        for (const s of sessions) {
          const moveId = toMove.get(s.serviceId)?.shift();
          try {
            if (moveId) {
              const before = await tx.appointment.update({
                where: { id: moveId },
                data: { status: "SCHEDULED", providerId: s.providerId, clinicId: s.clinicId, startsAt: s.start, endsAt: s.end, blockEndsAt: s.blockEnd, batchId: batch.id },
                select: { id: true },
              });
              ids.push(before.id);
              continue;
            }
            created.push(s);
            const row = await tx.appointment.create({
              data: {
                patientId: course.patientId,
                providerId: s.providerId,
                clinicId: s.clinicId,
                serviceId: s.serviceId,
                startsAt: s.start,
                endsAt: s.end,
                blockEndsAt: s.blockEnd,
                purchaseId: course.purchaseId,
                purchaseItemId: itemOf.get(s.serviceId)!,
                batchId: batch.id,
                createdById: actor.id,
              },
              select: { id: true },
            });
            ids.push(row.id);
          } catch (e) {
            if (isExclusionViolation(e)) throw slotTaken(s, names, "unavailable", e);
            throw e;
          }
        }
        await debitLedger(tx, created, itemOf);
        await writeAudit(tx, {
          actorId: actor.id,
          action: "batch.confirmed",
          entityType: "BookingBatch",
          entityId: batch.id,
          details: { purchaseId: course.purchaseId, patientId: course.patientId, appointmentIds: ids, movedAppointmentIds: moving.map((m) => m.appointmentId) },
        });
        const moved = new Set(moving.map((m) => m.appointmentId));
        await tx.auditLog.createMany({
          data: ids.map((id) => ({
            actorId: actor.id,
            action: moved.has(id) ? "appointment.rescheduled" : "appointment.booked",
            entityType: "Appointment",
            entityId: id,
            details: { batchId: batch.id, ...(moved.has(id) ? { replanned: true } : {}) },
          })),
        });
        // Patient e-mails (confirmation with the course's .ics, reminders, move notices), committed with the booking.
        await enqueueMessages(
          tx,
          [
            { type: "course.booked", batchId: batch.id, purchaseId: course.purchaseId, appointmentIds: ids.filter((id) => !moved.has(id)) },
            ...[...moved].map((appointmentId) => ({ type: "appointment.rescheduled" as const, appointmentId })),
          ],
          now,
        );
        return { batchId: batch.id, appointmentCount: ids.length, patientId: course.patientId };
      },
      { timeout: 20_000, maxWait: 20_000 },
    );
  } catch (e) {
    // A double submit racing the first: the batch's unique key let one in; the other returns the same batch.
    if (isUniqueViolation(e)) {
      const batch = await findBatch(prisma, input.idempotencyKey);
      if (batch) return batch;
    }
    if (isCheckViolation(e)) {
      throw new AppError("PACKAGE_EXHAUSTED", "This package does not have enough sessions left for this plan. Nothing was booked; run Auto Schedule again.", { cause: e });
    }
    if (isExclusionViolation(e)) {
      throw new AppError("SLOT_TAKEN", "One of the sessions was just taken by another booking. Nothing was booked; run Auto Schedule again.", { cause: e });
    }
    throw e;
  }
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

async function findBatch(db: AppPrismaClient | Tx, idempotencyKey: string): Promise<ConfirmedBatch | null> {
  const batch = await db.bookingBatch.findUnique({
    where: { idempotencyKey },
    select: { id: true, purchase: { select: { patientId: true } }, appointments: { select: { patientId: true } } },
  });
  if (!batch) return null;
  return { batchId: batch.id, appointmentCount: batch.appointments.length, patientId: batch.purchase?.patientId ?? batch.appointments[0]?.patientId ?? "" };
}

async function debitLedger(tx: Tx, sessions: { serviceId: string }[], itemOf: Map<string, string>): Promise<void> {
  const perItem = new Map<string, number>();
  for (const s of sessions) {
    const item = itemOf.get(s.serviceId)!;
    perItem.set(item, (perItem.get(item) ?? 0) + 1);
  }
  for (const [id, n] of perItem) await tx.purchaseItem.update({ where: { id }, data: { booked: { increment: n } } });
}

function slotTaken(
  s: { serviceId: string; providerId: string; clinicId: string; start: Date; end: Date },
  names: PlanNames,
  reason: "unavailable" | "course-rule" | "too-many",
  cause?: unknown,
): AppError {
  const label = toPreviewSession({ ...s, start: s.start.toISOString(), end: s.end.toISOString() }, names);
  const what = `${label.serviceName} with ${label.providerName} on ${label.dateLabel} at ${label.timeLabel}`;
  const message =
    reason === "too-many"
      ? `The plan has more ${label.serviceName} sessions than the package has left. Nothing was booked; run Auto Schedule again.`
      : reason === "course-rule"
        ? `${what} no longer fits the course's rhythm (one session a day, days between sessions, sessions per week). Nothing was booked; run Auto Schedule again.`
        : `${what} is no longer free. Nothing was booked; run Auto Schedule again.`;
  return new AppError("SLOT_TAKEN", message, { internal: `slot taken: ${what}`, cause });
}
