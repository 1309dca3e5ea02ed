import type { Db } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isFullyUsed } from "@/lib/packages/ledger";
import { writeAudit } from "@/lib/services/audit";

export type PurchaseStatus = "ACTIVE" | "COMPLETED" | "EXPIRED" | "CANCELLED";

/**
 * After a ledger change, inside its transaction (purchase row locked): a course whose every session is completed or
 * forfeited is COMPLETED; an active one past its expiry is EXPIRED.
 */
export async function settlePurchase(tx: Prisma.TransactionClient, purchaseId: string, actorId: string | null, now: Date): Promise<PurchaseStatus> {
  const p = await tx.packagePurchase.findUniqueOrThrow({
    where: { id: purchaseId },
    select: { status: true, expiresAt: true, items: { select: { sessionsTotal: true, booked: true, completed: true, forfeited: true } } },
  });
  // An expired course still completes when its last booked session is completed (or forfeited) after expiry.
  if (p.status !== "ACTIVE" && p.status !== "EXPIRED") return p.status;
  const next: PurchaseStatus = isFullyUsed(p.items) ? "COMPLETED" : p.expiresAt <= now ? "EXPIRED" : "ACTIVE";
  if (next === p.status) return next;
  await tx.packagePurchase.update({ where: { id: purchaseId }, data: { status: next } });
  await writeAudit(tx, { actorId, action: next === "COMPLETED" ? "purchase.completed" : "purchase.expired", entityType: "PackagePurchase", entityId: purchaseId });
  return next;
}

/**
 * Marks every active purchase past its expiry as EXPIRED (its unbooked sessions lapse) and audits exactly the rows
 * it changed; returns how many. Idempotent: a second run (or one racing it on another instance) finds nothing left
 * to change, because the UPDATE itself decides which rows move and RETURNING reports only those. Runs from the
 * server's scheduler (instrumentation.ts), never while a page renders; reads treat an active purchase past its
 * expiry as expired in the meantime (effectiveStatus, the booking checks).
 */
export async function settleExpiredPurchases(db: Db, now: Date): Promise<number> {
  // One statement: the status change and its audit rows commit together or not at all.
  return db.$executeRaw`
    WITH changed AS (
      UPDATE package_purchases SET status = 'EXPIRED', updated_at = now()
       WHERE status = 'ACTIVE' AND expires_at <= ${now} RETURNING id
    )
    INSERT INTO audit_log (id, actor_id, action, entity_type, entity_id)
    SELECT gen_random_uuid()::text, NULL, 'purchase.expired', 'PackagePurchase', id FROM changed`;
}
