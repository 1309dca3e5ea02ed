import type { AppPrismaClient } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isFullyUsed } from "@/lib/packages/ledger";
import { writeAudit } from "@/lib/services/audit";

type Db = AppPrismaClient | Prisma.TransactionClient;
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
 * Marks active purchases past their expiry as EXPIRED (their unbooked sessions lapse). Expiry is a moment, not an
 * event, so this runs where purchases are read (a patient's page) instead of needing a scheduler.
 */
export async function expireDuePurchases(db: Db, now: Date, where: { patientId?: string } = {}): Promise<number> {
  // One statement that reports what it changed: two page loads at once (or an extension racing one) must not
  // record an expiry twice or for a purchase that stayed active.
  const changed = where.patientId
    ? await db.$queryRaw<{ id: string }[]>`UPDATE package_purchases SET status = 'EXPIRED', updated_at = now()
        WHERE status = 'ACTIVE' AND expires_at <= ${now} AND patient_id = ${where.patientId} RETURNING id`
    : await db.$queryRaw<{ id: string }[]>`UPDATE package_purchases SET status = 'EXPIRED', updated_at = now()
        WHERE status = 'ACTIVE' AND expires_at <= ${now} RETURNING id`;
  if (changed.length === 0) return 0;
  await db.auditLog.createMany({ data: changed.map(({ id }) => ({ actorId: null, action: "purchase.expired", entityType: "PackagePurchase", entityId: id })) });
  return changed.length;
}
