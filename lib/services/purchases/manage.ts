import type { AppPrismaClient } from "@/lib/database/client";
import type { PurchaseOutcome } from "@/lib/appointments/types";
import type { CurrentUser } from "@/lib/session-types";

export async function extendExpiry(
  prisma: AppPrismaClient,
  actor: CurrentUser,
  input: { purchaseId: string; lastDay: string; reason: string },
  now: Date,
): Promise<PurchaseOutcome> {
  throw new Error(`not yet ${String(prisma) + actor.id + input.purchaseId + now.toISOString()}`);
}
export async function cancelPurchase(
  prisma: AppPrismaClient,
  actor: CurrentUser,
  input: { purchaseId: string; reason: string },
  now: Date,
): Promise<PurchaseOutcome> {
  throw new Error(`not yet ${String(prisma) + actor.id + input.purchaseId + now.toISOString()}`);
}
