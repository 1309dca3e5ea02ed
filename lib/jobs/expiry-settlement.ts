import { prisma } from "@/lib/db";
import { logError, logInfo } from "@/lib/log";
import { settleExpiredPurchases } from "@/lib/services/purchases/settle";

/** Expiry falls at a clinic's local midnight; reads already treat a purchase past it as expired, so minutes suffice. */
export const EXPIRY_SETTLEMENT_INTERVAL_MS = 10 * 60_000;

const registry = globalThis as unknown as { cadenceExpirySettlement?: ReturnType<typeof setInterval> };

/** One settlement pass; an error is logged and the next pass tries again. */
export async function runExpirySettlement(now: Date = new Date()): Promise<number> {
  try {
    const settled = await settleExpiredPurchases(prisma, now);
    if (settled > 0) logInfo(`expiry settlement: ${settled} purchase${settled === 1 ? "" : "s"} expired`);
    return settled;
  } catch (error) {
    logError("expiry settlement", error);
    return 0;
  }
}

/**
 * Settles expired purchases now and then every interval, once per server process (a second call, e.g. a dev
 * server's reload, does nothing). Several instances may run it: the settlement is one idempotent statement.
 * The timer does not keep the process alive.
 */
export function startExpirySettlement(intervalMs: number = EXPIRY_SETTLEMENT_INTERVAL_MS): void {
  if (registry.cadenceExpirySettlement) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runExpirySettlement();
    } finally {
      running = false;
    }
  };
  registry.cadenceExpirySettlement = setInterval(tick, intervalMs);
  registry.cadenceExpirySettlement.unref?.();
  logInfo(`expiry settlement: every ${Math.round(intervalMs / 60_000)} min`);
  void tick();
}

/** Stops the timer (tests, shutdown). */
export function stopExpirySettlement(): void {
  if (registry.cadenceExpirySettlement) clearInterval(registry.cadenceExpirySettlement);
  registry.cadenceExpirySettlement = undefined;
}
