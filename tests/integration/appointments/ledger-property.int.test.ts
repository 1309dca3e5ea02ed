import fc from "fast-check";
import { runAction } from "@/lib/action-result";
import { cancelAppointment, checkIn, complete, markNoShow } from "@/lib/services/appointments/lifecycle";
import { rescheduleAppointment, rescheduleSlots } from "@/lib/services/appointments/reschedule";
import { autoSchedule } from "@/lib/services/booking/auto-schedule";
import { confirmPlan } from "@/lib/services/booking/confirm-plan";
import { cancelPurchase, extendExpiry } from "@/lib/services/purchases/manage";
import { buildBookingScenario, SCENARIO_NOW, type BookingScenario } from "@/tests/factories/booking-scenario";
import { useAppDatabase } from "@/tests/support/use-app-database";
import { ledgerVersusAppointments, purchaseFor } from "./support";

const db = useAppDatabase();
jest.setTimeout(300_000);

type Step =
  | { kind: "book"; count: number }
  | { kind: "checkIn" | "complete" | "noShow" | "cancel" | "reschedule"; pick: number }
  | { kind: "wait"; hours: number }
  | { kind: "policy"; forfeits: boolean; window: number }
  | { kind: "extend" | "cancelPurchase" };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("book" as const), count: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constantFrom("checkIn" as const, "complete" as const, "noShow" as const, "cancel" as const, "reschedule" as const), pick: fc.nat(20) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("wait" as const), hours: fc.integer({ min: 1, max: 96 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("policy" as const), forfeits: fc.boolean(), window: fc.constantFrom(1, 24, 48) }) },
  { weight: 1, arbitrary: fc.constantFrom({ kind: "extend" as const }, { kind: "cancelPurchase" as const }) },
);

/** Expected refusals are part of the sequence (a no-show before the start, booking an expired package…). */
const EXPECTED = new Set(["CONFLICT", "SLOT_TAKEN", "PACKAGE_EXHAUSTED", "PURCHASE_EXPIRED", "PURCHASE_NOT_ACTIVE", "INVALID_INPUT"]);

describe("the stored ledger always equals what the appointments say", () => {
  let s: BookingScenario;
  beforeEach(async () => {
    s = await buildBookingScenario(db.prisma);
  });

  test("over random sequences of bookings, check-ins, completions, cancellations, no-shows, moves, waits, policy changes, extensions and purchase cancellations", async () => {
    let run = 0;
    const succeeded = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 5, maxLength: 18 }), async (steps) => {
        run += 1;
        // Each run: a fresh purchase on its own weeks, so runs do not collide in the calendar.
        const start = new Date(SCENARIO_NOW.getTime() + run * 70 * 86_400_000);
        let now = start;
        const purchase = await purchaseFor(db.prisma, s, { purchasedAt: start, expiresAt: new Date(start.getTime() + 30 * 86_400_000) });
        const sessions = async () =>
          (await db.prisma.appointment.findMany({ where: { purchaseId: purchase.id }, orderBy: [{ startsAt: "asc" }, { id: "asc" }], select: { id: true } })).map((a) => a.id);
        for (const [i, step] of steps.entries()) {
          const result = await runAction(async () => {
            switch (step.kind) {
              case "book": {
                const preview = await autoSchedule(db.prisma, s.adminActor, { purchaseId: purchase.id, clinicIds: [s.london.id], providerIds: [s.lee.id, s.patel.id], count: step.count }, now);
                const chosen = preview.sessions.map(({ serviceId, providerId, clinicId, start: at }) => ({ serviceId, providerId, clinicId, start: at }));
                if (chosen.length === 0) return;
                return confirmPlan(db.prisma, s.adminActor, { purchaseId: purchase.id, idempotencyKey: `prop-${run}-${i}`, sessions: chosen }, now);
              }
              case "wait":
                now = new Date(now.getTime() + step.hours * 3_600_000);
                return;
              case "policy":
                return db.prisma.clinic.update({ where: { id: s.london.id }, data: { lateCancelForfeits: step.forfeits, noShowForfeits: !step.forfeits, lateCancelWindowHours: step.window } });
              case "extend":
                return extendExpiry(db.prisma, s.adminActor, { purchaseId: purchase.id, lastDay: new Date(now.getTime() + 40 * 86_400_000).toISOString().slice(0, 10), reason: "Property test" }, now);
              case "cancelPurchase":
                return cancelPurchase(db.prisma, s.adminActor, { purchaseId: purchase.id, reason: "Property test" }, now);
              default: {
                const ids = await sessions();
                if (ids.length === 0) return;
                const id = ids[step.pick % ids.length];
                if (step.kind === "checkIn") return checkIn(db.prisma, s.adminActor, id, now);
                if (step.kind === "complete") return complete(db.prisma, s.adminActor, id, now);
                if (step.kind === "noShow") return markNoShow(db.prisma, s.adminActor, id, now);
                if (step.kind === "cancel") return cancelAppointment(db.prisma, s.adminActor, { appointmentId: id, reason: "Property test" }, now);
                const [slot] = await rescheduleSlots(db.prisma, s.adminActor, { appointmentId: id }, now);
                if (!slot) return;
                return rescheduleAppointment(db.prisma, s.adminActor, { appointmentId: id, providerId: slot.providerId, start: slot.start }, now);
              }
            }
          });
          if (result.ok && result.data) succeeded.set(step.kind, (succeeded.get(step.kind) ?? 0) + 1);
          if (!result.ok && !EXPECTED.has(result.error.code)) throw new Error(`step ${i} (${step.kind}) failed: ${result.error.code} ${result.error.message}`);
          for (const line of await ledgerVersusAppointments(db.prisma, purchase.id)) {
            expect(line.stored).toEqual(line.computed);
            const used = line.stored.booked + line.stored.completed + line.stored.forfeited;
            expect(Math.min(line.stored.booked, line.stored.completed, line.stored.forfeited)).toBeGreaterThanOrEqual(0);
            expect(used).toBeLessThanOrEqual(line.total);
          }
        }
        const p = await db.prisma.packagePurchase.findUniqueOrThrow({ where: { id: purchase.id }, select: { status: true, items: true } });
        const over = p.items.every((l) => l.completed + l.forfeited === l.sessionsTotal);
        if (p.status !== "CANCELLED" && over) expect(p.status).toBe("COMPLETED");
        if (p.status === "COMPLETED") expect(over).toBe(true);
      }),
      { numRuns: 25, seed: 20261125, endOnFailure: true },
    );
    // The sequences really exercised every transition (not only refusals).
    for (const kind of ["book", "checkIn", "complete", "noShow", "cancel", "reschedule", "extend", "cancelPurchase"]) {
      expect(succeeded.get(kind) ?? 0).toBeGreaterThan(0);
    }
  });
});
