import type { AppPrismaClient } from "@/lib/database/client";
import { verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { writeAudit } from "@/lib/services/audit";

export type UnsubscribeResult = { ok: true } | { ok: false; reason: "invalid" | "expired" };

/**
 * The unsubscribe link's action (no sign-in: the signed token is the authority). Sets only the patient's e-mail
 * opt-out, once (a second click changes and audits nothing). Queued messages are dropped by the worker, which
 * checks consent when it sends.
 */
export async function unsubscribeByToken(prisma: AppPrismaClient, token: string, secret: string, now: Date): Promise<UnsubscribeResult> {
  const check = verifyUnsubscribeToken(token, now, secret);
  if (!check.ok) return check;
  await prisma.$transaction(async (tx) => {
    const changed = await tx.patient.updateMany({ where: { id: check.patientId, emailOptOut: false }, data: { emailOptOut: true, emailOptOutAt: now } });
    if (changed.count === 0) return;
    await writeAudit(tx, { actorId: null, action: "patient.email_opt_out", entityType: "Patient", entityId: check.patientId, details: { via: "unsubscribe link" } });
  });
  return { ok: true };
}
