// The shared start of booking and appointment tests: the app's database, a fresh booking scenario per test, and
// the helpers that read its outcomes.
import type { AppPrismaClient } from "@/lib/database/client";
import { AppError } from "@/lib/errors";
import { buildPurchase } from "@/tests/factories";
import { buildBookingScenario, SCENARIO_NOW, type BookingScenario } from "@/tests/factories/booking-scenario";
import { perTest } from "./per-test";
import { useAppDatabase } from "./use-app-database";

/** useAppDatabase(), and `s`: the booking scenario, built afresh before each test. */
export function useBookingScenario() {
  const db = useAppDatabase();
  const s = perTest(() => buildBookingScenario(db.prisma));
  return { db, s };
}

/** A Physio 6 purchase of the scenario's patient (London's default policy: 24 h window, late cancel and no-show forfeit). */
export async function purchaseFor(db: AppPrismaClient, s: BookingScenario, overrides: { expiresAt?: Date; purchasedAt?: Date } = {}) {
  return buildPurchase(db, { packageId: s.physio6.id, patientId: s.patient.id, purchasedAt: overrides.purchasedAt ?? SCENARIO_NOW, assignedById: s.staff.id, ...overrides });
}

/** The AppError a promise rejects with; anything else (or no rejection) fails the test. */
export const rejection = async (p: Promise<unknown>): Promise<AppError> => {
  const e = await p.then(() => null, (x: unknown) => x);
  if (!(e instanceof AppError)) throw new Error(`expected AppError, got ${String(e)}`);
  return e;
};
