import type { AppPrismaClient } from "@/lib/database/client";
import { expireDuePurchases } from "./settle";

/**
 * Settles every active purchase past its expiry (EXPIRED, audited), so stored statuses are true without anyone
 * opening a page. Run by the worker on start and nightly; safe to run concurrently (one UPDATE … RETURNING).
 */
export async function settleExpiredPurchases(db: AppPrismaClient, now: Date): Promise<number> {
  return expireDuePurchases(db, now);
}
