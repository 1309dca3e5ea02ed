import { createHash } from "node:crypto";
import type { ConfirmedBatch } from "@/lib/booking/types";
import { AppError } from "@/lib/errors";
import type { Db } from "@/lib/database/client";

/**
 * A booking's idempotency key belongs to the request that made the batch: the same user, the same purchase (none
 * for a single session) and the same payload. Replaying that request returns what it booked; anything else reusing
 * the key is refused with a sentence that says nothing about the batch (not its id, size or patient).
 */
export type BatchRequest = { idempotencyKey: string; userId: string; purchaseId: string | null; requestHash: string };

/** SHA-256 of the request's payload, in a canonical form: the same sessions in any order hash alike. */
export function hashRequest(payload: {
  patientId?: string;
  sessions: { serviceId: string; providerId: string; clinicId: string; start: string }[];
  moveAppointmentIds?: string[];
}): string {
  const sessions = payload.sessions
    .map((s) => [s.serviceId, s.providerId, s.clinicId, canonicalInstant(s.start)].join("|"))
    .sort();
  const moves = [...(payload.moveAppointmentIds ?? [])].sort();
  return createHash("sha256")
    .update(JSON.stringify({ patientId: payload.patientId ?? null, sessions, moves }))
    .digest("hex");
}

function canonicalInstant(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toISOString();
}

export function keyAlreadyUsed(): AppError {
  return new AppError("CONFLICT", "This request was already used. Nothing was booked; close the window and start again.", {
    internal: "idempotency key reused with another user, purchase or payload",
  });
}

/**
 * The batch this key made, when the request is the one that made it (a retry or a double submit); null when the key
 * is unused. A key used by another request throws keyAlreadyUsed.
 */
export async function replayedBatch(db: Db, request: BatchRequest): Promise<ConfirmedBatch | null> {
  const batch = await db.bookingBatch.findUnique({
    where: { idempotencyKey: request.idempotencyKey },
    select: {
      id: true,
      createdById: true,
      purchaseId: true,
      requestHash: true,
      purchase: { select: { patientId: true } },
      appointments: { select: { patientId: true } },
    },
  });
  if (!batch) return null;
  const same = batch.createdById === request.userId && batch.purchaseId === request.purchaseId && batch.requestHash === request.requestHash;
  if (!same) throw keyAlreadyUsed();
  return {
    batchId: batch.id,
    appointmentCount: batch.appointments.length,
    patientId: batch.purchase?.patientId ?? batch.appointments[0]?.patientId ?? "",
  };
}
