import { randomUUID } from "node:crypto";
import type { ConfirmedBatch } from "@/lib/booking/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/session-types";
import type { BatchRequest } from "./booking-key";
import type { Course } from "@/lib/booking/course";

type Tx = Prisma.TransactionClient;

/** A verified session of the plan; `index` is its position in the plan as the browser sent it. */
export type PlannedSession = {
  index: number;
  serviceId: string;
  providerId: string;
  clinicId: string;
  start: Date;
  end: Date;
  blockEnd: Date;
};

/** A booked or moved appointment as it now stands (for the messages written in the same transaction). */
export type WrittenAppointment = { id: string; clinicId: string; startsAt: Date };

function written({ id, s }: { id: string; s: PlannedSession }): WrittenAppointment {
  return { id, clinicId: s.clinicId, startsAt: s.start };
}

/**
 * Writes a verified plan in two statements whatever its size (plus one per session being moved): the batch, the
 * ledger debit and every audit row in one; every new appointment in one multi-row INSERT. Ids are made here so the
 * audit rows can be written with the batch. Sessions being moved are parked first (an inactive status, outside the
 * exclusion constraints, which are checked row by row) and then take their new slots, so a session may move onto a
 * time another moving session still holds.
 */
export async function writeBatch(
  tx: Tx,
  actor: CurrentUser,
  key: BatchRequest,
  course: Course,
  sessions: PlannedSession[],
  moving: { appointmentId: string; serviceId: string }[],
): Promise<{ batch: ConfirmedBatch; created: WrittenAppointment[]; moved: WrittenAppointment[] }> {
  const batchId = randomUUID();
  const itemOf = new Map(course.remaining.map((r) => [r.serviceId, r.purchaseItemId!]));
  const toMove = new Map<string, string[]>();
  for (const m of moving) toMove.set(m.serviceId, [...(toMove.get(m.serviceId) ?? []), m.appointmentId]);
  const moves: { id: string; s: PlannedSession }[] = [];
  const created: { id: string; s: PlannedSession }[] = [];
  for (const s of sessions) {
    const moveId = toMove.get(s.serviceId)?.shift();
    if (moveId) moves.push({ id: moveId, s });
    else created.push({ id: randomUUID(), s });
  }
  const debit = new Map<string, number>();
  for (const { s } of created) debit.set(itemOf.get(s.serviceId)!, (debit.get(itemOf.get(s.serviceId)!) ?? 0) + 1);
  const ids = [...moves, ...created].map((x) => x.id);
  const audit = [
    {
      id: randomUUID(),
      action: "batch.confirmed",
      entity_type: "BookingBatch",
      entity_id: batchId,
      details: { purchaseId: course.purchaseId, patientId: course.patientId, appointmentIds: ids, movedAppointmentIds: moves.map((m) => m.id) },
    },
    ...moves.map((m) => ({ id: randomUUID(), action: "appointment.rescheduled", entity_type: "Appointment", entity_id: m.id, details: { batchId, replanned: true } })),
    ...created.map((c) => ({ id: randomUUID(), action: "appointment.booked", entity_type: "Appointment", entity_id: c.id, details: { batchId } })),
  ];

  // Data-modifying CTEs all run, whether or not the final INSERT reads them; a CHECK on the ledger or the unique
  // key fails the whole statement.
  await tx.$executeRaw`
    WITH batch AS (
      INSERT INTO booking_batches (id, idempotency_key, purchase_id, created_by_id, request_hash)
      VALUES (${batchId}, ${key.idempotencyKey}, ${course.purchaseId}, ${actor.id}, ${key.requestHash})
    ), debit AS (
      UPDATE purchase_items AS i SET booked = i.booked + d.n
        FROM unnest(${[...debit.keys()]}::text[], ${[...debit.values()]}::int[]) AS d(id, n)
       WHERE i.id = d.id
    )
    INSERT INTO audit_log (id, actor_id, action, entity_type, entity_id, details)
    SELECT r.id, ${actor.id}, r.action, r.entity_type, r.entity_id, r.details
      FROM jsonb_to_recordset(${JSON.stringify(audit)}::jsonb) AS r(id text, action text, entity_type text, entity_id text, details jsonb)`;

  if (moves.length > 0) {
    await tx.appointment.updateMany({ where: { id: { in: moves.map((m) => m.id) } }, data: { status: "CANCELLED" } });
    for (const { id, s } of moves) {
      await tx.appointment.update({
        where: { id },
        data: { status: "SCHEDULED", providerId: s.providerId, clinicId: s.clinicId, startsAt: s.start, endsAt: s.end, blockEndsAt: s.blockEnd, batchId },
        select: { id: true },
      });
    }
  }
  if (created.length > 0) {
    await tx.appointment.createMany({
      data: created.map(({ id, s }) => ({
        id,
        patientId: course.patientId,
        providerId: s.providerId,
        clinicId: s.clinicId,
        serviceId: s.serviceId,
        startsAt: s.start,
        endsAt: s.end,
        blockEndsAt: s.blockEnd,
        purchaseId: course.purchaseId,
        purchaseItemId: itemOf.get(s.serviceId)!,
        batchId,
        createdById: actor.id,
      })),
    });
  }
  return {
    batch: { batchId, appointmentCount: ids.length, patientId: course.patientId },
    created: created.map(written),
    moved: moves.map(written),
  };
}
