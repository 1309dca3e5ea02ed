import crypto from "node:crypto";
import type { AppPrismaClient } from "@/lib/database/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/services/audit";
import type { CurrentUser } from "@/lib/session-types";

/**
 * Admins send a message again: a FAILED one is queued again with fresh attempts (its queue job comes back through
 * the outbox trigger); a sent or suppressed one is copied into a new queued message (rendered again from current
 * data; consent is checked again when it is sent). Audited.
 */
export async function resendMessage(prisma: AppPrismaClient, actor: CurrentUser, messageId: string, now: Date): Promise<{ messageId: string }> {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only administrators can resend messages.");
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM messages WHERE id = ${messageId} FOR UPDATE`;
    if (rows.length === 0) throw new AppError("NOT_FOUND", "This message was not found. Reload the page.");
    const m = await tx.message.findUniqueOrThrow({ where: { id: messageId } });
    if (m.status === "QUEUED" || m.status === "SENDING") throw new AppError("CONFLICT", "This message is already waiting to be sent.");
    let id = m.id;
    if (m.status === "FAILED") {
      await tx.message.update({ where: { id: m.id }, data: { status: "QUEUED", attempts: 0, lastError: null, sendAt: now, nextAttemptAt: now } });
    } else {
      const copy = await tx.message.create({
        data: {
          dedupeKey: `resend:${m.id}:${crypto.randomUUID()}`,
          kind: m.kind,
          patientId: m.patientId,
          clinicId: m.clinicId,
          appointmentId: m.appointmentId,
          batchId: m.batchId,
          purchaseId: m.purchaseId,
          sendAt: now,
          nextAttemptAt: now,
        },
        select: { id: true },
      });
      id = copy.id;
    }
    await writeAudit(tx, { actorId: actor.id, action: "message.resent", entityType: "Message", entityId: m.id, details: { patientId: m.patientId, queuedMessageId: id } });
    return { messageId: id };
  });
}
