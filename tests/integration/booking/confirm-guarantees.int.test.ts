import pg from "pg";
import { runAction } from "@/lib/action-result";
import { autoSchedule } from "@/lib/services/booking/auto-schedule";
import { confirmPlan } from "@/lib/services/booking/confirm-plan";
import { bookSingle } from "@/lib/services/booking/single-session";
import { buildAppointment, buildPatient, buildPurchase } from "@/tests/factories";
import { SCENARIO_NOW } from "@/tests/factories/booking-scenario";
import { describeOnPostgres } from "@/tests/support/test-db";
import { rejection, useBookingScenario } from "@/tests/support/booking";

const { db, s } = useBookingScenario();
const choice = ({ serviceId, providerId, clinicId, start }: { serviceId: string; providerId: string; clinicId: string; start: string }) => ({ serviceId, providerId, clinicId, start });

async function plannedPurchase(patientId: string) {
  const purchase = await buildPurchase(db.prisma, { packageId: s.physio6.id, patientId, purchasedAt: SCENARIO_NOW, assignedById: s.staff.id });
  const preview = await autoSchedule(db.prisma, s.staffActor, { purchaseId: purchase.id, clinicIds: [s.london.id], providerIds: [s.lee.id, s.patel.id] }, SCENARIO_NOW);
  return { purchaseId: purchase.id, sessions: preview.sessions.map(choice) };
}

describe("the idempotency key belongs to the request that used it", () => {
  test("a key reused with another purchase, another user or another payload is refused and reveals nothing; the same request replays", async () => {
    const first = await plannedPurchase(s.patient.id);
    const batch = await confirmPlan(db.prisma, s.staffActor, { ...first, idempotencyKey: "owned-key-1" }, SCENARIO_NOW);
    const otherPatient = await buildPatient(db.prisma, { firstName: "Bea", lastName: "Jones" });
    const second = await plannedPurchase(otherPatient.id);

    const attempts = [
      // Another purchase (another patient's), same user.
      runAction(() => confirmPlan(db.prisma, s.staffActor, { ...second, idempotencyKey: "owned-key-1" }, SCENARIO_NOW)),
      // Same purchase, another user (an administrator of another clinic too).
      runAction(() => confirmPlan(db.prisma, s.adminActor, { ...first, idempotencyKey: "owned-key-1" }, SCENARIO_NOW)),
      // Same purchase and user, another payload (one session fewer).
      runAction(() => confirmPlan(db.prisma, s.staffActor, { ...first, sessions: first.sessions.slice(1), idempotencyKey: "owned-key-1" }, SCENARIO_NOW)),
      // The single-session booking shares the key space.
      runAction(() => bookSingle(db.prisma, s.staffActor, { patientId: otherPatient.id, idempotencyKey: "owned-key-1", slot: second.sessions[0] }, SCENARIO_NOW)),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result).toEqual({ ok: false, error: { code: "CONFLICT", message: "This request was already used. Nothing was booked; close the window and start again." } });
      const text = JSON.stringify(result);
      expect(text).not.toContain(batch.batchId);
      expect(text).not.toContain(s.patient.id);
    }
    expect(await db.prisma.appointment.count()).toBe(6);
    expect(await db.prisma.bookingBatch.count()).toBe(1);

    // The same request again (a retry after a lost response): the batch it booked, nothing new.
    const replay = await confirmPlan(db.prisma, s.staffActor, { ...first, sessions: [...first.sessions].reverse(), idempotencyKey: "owned-key-1" }, SCENARIO_NOW);
    expect(replay).toEqual(batch);
    expect(await db.prisma.appointment.count()).toBe(6);
  });

  test("a single session's key replays for its own request only", async () => {
    const slot = { serviceId: s.physio.id, providerId: s.lee.id, clinicId: s.london.id, start: "2030-01-08T10:00:00.000Z" };
    const booked = await bookSingle(db.prisma, s.staffActor, { patientId: s.patient.id, idempotencyKey: "single-key-1", slot }, SCENARIO_NOW);
    await expect(bookSingle(db.prisma, s.staffActor, { patientId: s.patient.id, idempotencyKey: "single-key-1", slot }, SCENARIO_NOW)).resolves.toEqual(booked);
    const other = await buildPatient(db.prisma);
    const e = await rejection(bookSingle(db.prisma, s.staffActor, { patientId: other.id, idempotencyKey: "single-key-1", slot: { ...slot, start: "2030-01-09T10:00:00.000Z" } }, SCENARIO_NOW));
    expect(e.code).toBe("CONFLICT");
    expect(e.userMessage).not.toContain(booked.batchId);
    expect(await db.prisma.appointment.count()).toBe(1);
  });
});

describe("a refused session is named and located", () => {
  test("the application's re-check: the message names it and fieldErrors point at its row", async () => {
    const { purchaseId, sessions } = await plannedPurchase(s.patient.id);
    const taken = sessions[3];
    await buildAppointment(db.prisma, { providerId: taken.providerId, clinicId: s.london.id, serviceId: s.physio.id, startsAt: new Date(taken.start) });
    const e = await rejection(confirmPlan(db.prisma, s.staffActor, { purchaseId, idempotencyKey: "named-1", sessions }, SCENARIO_NOW));
    expect(e.code).toBe("SLOT_TAKEN");
    expect(Object.keys(e.fieldErrors ?? {})).toEqual(["sessions.3"]);
  });

  test("more sessions than the package has left is PACKAGE_EXHAUSTED, not a taken slot", async () => {
    const { purchaseId, sessions } = await plannedPurchase(s.patient.id);
    await db.prisma.purchaseItem.updateMany({ where: { purchaseId, serviceId: s.physio.id }, data: { booked: 1, completed: 1 } });
    const e = await rejection(confirmPlan(db.prisma, s.staffActor, { purchaseId, idempotencyKey: "too-many-1", sessions }, SCENARIO_NOW));
    expect(e.code).toBe("PACKAGE_EXHAUSTED");
    expect(await db.prisma.appointment.count()).toBe(0);
  });
});

// Two confirmations that both pass the application's re-check (a third connection holds the batch table until both
// have verified), so only the exclusion constraint can stop the second: the loser must still hear which session.
describeOnPostgres("a clash caught by the database on PostgreSQL", () => {
  test("the loser's error names the clashing session and its row", async () => {
    const a = await plannedPurchase(s.patient.id);
    const otherPatient = await buildPatient(db.prisma);
    const purchaseB = await buildPurchase(db.prisma, { packageId: s.physio6.id, patientId: otherPatient.id, purchasedAt: SCENARIO_NOW, assignedById: s.staff.id });
    // B: a session of its own on a free day, then the very slot of A's third session (same provider and time).
    const shared = a.sessions[2];
    const own = { serviceId: s.physio.id, providerId: s.patel.id, clinicId: s.london.id, start: "2030-03-05T14:00:00.000Z" };
    const b = { purchaseId: purchaseB.id, sessions: [own, shared] };

    const gate = new pg.Client({ connectionString: db.url });
    await gate.connect();
    try {
      await gate.query("BEGIN");
      await gate.query("LOCK TABLE booking_batches IN EXCLUSIVE MODE");
      const results = Promise.all([
        runAction(() => confirmPlan(db.prisma, s.staffActor, { ...a, idempotencyKey: "db-race-a" }, SCENARIO_NOW)),
        runAction(() => confirmPlan(db.prisma, s.staffActor, { ...b, idempotencyKey: "db-race-b" }, SCENARIO_NOW)),
      ]);
      // Both have verified their plans and wait to write.
      for (let waiting = 0; waiting < 2; ) {
        await new Promise((r) => setTimeout(r, 50));
        waiting = (await gate.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'booking_batches' AND NOT l.granted`,
        )).rows[0].n;
      }
      await gate.query("COMMIT");
      const [ra, rb] = await results;
      const outcomes = [ra, rb];
      expect(outcomes.filter((r) => r.ok)).toHaveLength(1);
      const loser = outcomes.find((r) => !r.ok)!;
      if (loser.ok) throw new Error("unreachable");
      const loserInput = loser === ra ? a : b;
      const clashIndex = loserInput.sessions.findIndex((x) => x.start === shared.start && x.providerId === shared.providerId);
      expect(loser.error.code).toBe("SLOT_TAKEN");
      expect(loser.error.message).toMatch(/^Physiotherapy with (Dr Lee|Sam Patel) on .+ at .+ is no longer free\. Nothing was booked; run Auto Schedule again\.$/);
      expect(loser.error.fieldErrors).toEqual({ [`sessions.${clashIndex}`]: loser.error.message });
    } finally {
      await gate.query("ROLLBACK").catch(() => {});
      await gate.end();
    }
    expect(await db.prisma.appointment.count({ where: { startsAt: new Date(shared.start), providerId: shared.providerId } })).toBe(1);
  });
});
