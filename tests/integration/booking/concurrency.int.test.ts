import { runAction } from "@/lib/action-result";
import { confirmPlan } from "@/lib/services/booking/confirm-plan";
import { buildPackage, buildPatient, buildPurchase } from "@/tests/factories";
import { buildBookingScenario, SCENARIO_NOW, type BookingScenario } from "@/tests/factories/booking-scenario";
import { describeOnPostgres } from "@/tests/support/test-db";
import { useAppDatabase } from "@/tests/support/use-app-database";

const db = useAppDatabase();

// Real concurrency needs a server with several connections: PGlite runs one statement at a time.
describeOnPostgres("concurrent confirmations on PostgreSQL", () => {
  let s: BookingScenario;
  beforeEach(async () => {
    s = await buildBookingScenario(db.prisma);
  });

  test("20 confirmations for the same provider slot: exactly one books, the others get the conflict message", async () => {
    const course = await buildPackage(db.prisma, { name: "Physio 5", items: [{ serviceId: s.physio.id, sessions: 5 }] });
    const purchases = [];
    for (let i = 0; i < 20; i++) {
      const patient = await buildPatient(db.prisma);
      purchases.push(await buildPurchase(db.prisma, { packageId: course.id, patientId: patient.id, purchasedAt: SCENARIO_NOW, assignedById: s.staff.id }));
    }
    const slot = { serviceId: s.physio.id, providerId: s.lee.id, clinicId: s.london.id, start: "2030-01-08T10:00:00.000Z" };
    const results = await Promise.all(
      purchases.map((p, i) =>
        runAction(() => confirmPlan(db.prisma, s.staffActor, { purchaseId: p.id, idempotencyKey: `race-slot-${i}`, sessions: [slot] }, SCENARIO_NOW)),
      ),
    );
    const ok = results.filter((r) => r.ok);
    const failed = results.flatMap((r) => (r.ok ? [] : [r.error]));
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(19);
    for (const e of failed) {
      expect(e.code).toBe("SLOT_TAKEN");
      expect(e.message).toMatch(/(is no longer free|was just taken by another booking)\. Nothing was booked; run Auto Schedule again\.$/);
    }
    expect(await db.prisma.appointment.count({ where: { providerId: s.lee.id } })).toBe(1);
    const booked = await db.prisma.purchaseItem.aggregate({ _sum: { booked: true } });
    expect(booked._sum.booked).toBe(1);
    expect(await db.prisma.bookingBatch.count()).toBe(1);
  });

  test("10 confirmations against a purchase with 5 sessions left never book more than 5", async () => {
    const course = await buildPackage(db.prisma, { name: "Physio 8", items: [{ serviceId: s.physio.id, sessions: 8 }] });
    const purchase = await buildPurchase(db.prisma, {
      packageId: course.id,
      patientId: s.patient.id,
      purchasedAt: SCENARIO_NOW,
      assignedById: s.staff.id,
      items: [{ serviceId: s.physio.id, sessionsTotal: 8, completed: 3 }],
    });
    // Ten different days (Mon 14 Jan … Fri 25 Jan 2030), so that only the ledger can stop them.
    const days = ["14", "15", "16", "17", "18", "21", "22", "23", "24", "25"];
    const results = await Promise.all(
      days.map((d, i) =>
        runAction(() =>
          confirmPlan(
            db.prisma,
            s.staffActor,
            { purchaseId: purchase.id, idempotencyKey: `race-ledger-${i}`, sessions: [{ serviceId: s.physio.id, providerId: s.lee.id, clinicId: s.london.id, start: `2030-01-${d}T10:00:00.000Z` }] },
            SCENARIO_NOW,
          ),
        ),
      ),
    );
    const ok = results.filter((r) => r.ok);
    const failed = results.flatMap((r) => (r.ok ? [] : [r.error]));
    expect(ok).toHaveLength(5);
    for (const e of failed) expect(["SLOT_TAKEN", "PACKAGE_EXHAUSTED"]).toContain(e.code);
    const item = await db.prisma.purchaseItem.findFirstOrThrow({ where: { purchaseId: purchase.id } });
    expect(item.booked).toBe(5);
    expect(item.booked + item.completed + item.forfeited).toBeLessThanOrEqual(item.sessionsTotal);
    expect(await db.prisma.appointment.count({ where: { purchaseId: purchase.id } })).toBe(5);
  });
});
