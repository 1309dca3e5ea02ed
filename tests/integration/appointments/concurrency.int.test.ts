import { runAction } from "@/lib/action-result";
import { cancelAppointment, complete, markNoShow } from "@/lib/services/appointments/lifecycle";
import { rescheduleAppointment } from "@/lib/services/appointments/reschedule";
import { cancelPurchase } from "@/lib/services/purchases/manage";
import { buildPatient, buildPurchase } from "@/tests/factories";
import { buildBookingScenario, SCENARIO_NOW, type BookingScenario } from "@/tests/factories/booking-scenario";
import { describeOnPostgres } from "@/tests/support/test-db";
import { useAppDatabase } from "@/tests/support/use-app-database";
import { at, bookedSession, ledgerVersusAppointments, purchaseFor } from "./support";

const db = useAppDatabase();

// Real concurrency needs a server with several connections: PGlite runs one statement at a time.
describeOnPostgres("concurrent appointment changes on PostgreSQL", () => {
  let s: BookingScenario;
  beforeEach(async () => {
    s = await buildBookingScenario(db.prisma);
  });
  const consistent = async (purchaseId: string) => {
    for (const line of await ledgerVersusAppointments(db.prisma, purchaseId)) expect(line.stored).toEqual(line.computed);
  };

  test("12 staff complete, cancel or no-show the same session at once: exactly one wins, the ledger moves once", async () => {
    const purchase = await purchaseFor(db.prisma, s);
    const a = await bookedSession(db.prisma, s, purchase, at("2030-01-07T07:00:00Z"));
    const now = at("2030-01-07T07:30:00Z");
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        runAction(() =>
          i % 3 === 0
            ? complete(db.prisma, s.staffActor, a.id, now)
            : i % 3 === 1
              ? cancelAppointment(db.prisma, s.staffActor, { appointmentId: a.id, reason: "Race" }, now)
              : markNoShow(db.prisma, s.staffActor, a.id, now),
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results) if (!r.ok) expect(r.error.code).toBe("CONFLICT");
    const item = await db.prisma.purchaseItem.findFirstOrThrow({ where: { purchaseId: purchase.id, serviceId: s.physio.id } });
    expect(item.booked).toBe(0);
    expect(item.completed + item.forfeited).toBeLessThanOrEqual(1);
    await consistent(purchase.id);
  });

  test("the last two sessions completed at the same moment still complete the purchase", async () => {
    const purchase = await buildPurchase(db.prisma, { packageId: s.physio6.id, patientId: s.patient.id, purchasedAt: SCENARIO_NOW, assignedById: s.staff.id, items: [{ serviceId: s.physio.id, sessionsTotal: 2 }] });
    const a = await bookedSession(db.prisma, s, purchase, at("2030-01-07T07:00:00Z"));
    const second = await bookedSession(db.prisma, s, purchase, at("2030-01-06T10:00:00Z"), { providerId: s.patel.id, status: "CHECKED_IN" });
    const results = await Promise.all([a.id, second.id].map((id) => runAction(() => complete(db.prisma, s.staffActor, id, at("2030-01-07T09:00:00Z")))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await db.prisma.packagePurchase.findUniqueOrThrow({ where: { id: purchase.id } })).status).toBe("COMPLETED");
    await consistent(purchase.id);
  });

  test("two sessions moved into the same provider slot at once: one moves, the other gets the conflict message", async () => {
    const first = await purchaseFor(db.prisma, s);
    const otherPatient = await buildPatient(db.prisma);
    const second = await buildPurchase(db.prisma, { packageId: s.physio6.id, patientId: otherPatient.id, purchasedAt: SCENARIO_NOW, assignedById: s.staff.id });
    const a = await bookedSession(db.prisma, s, first, at("2030-01-09T10:00:00Z"));
    const b = await bookedSession(db.prisma, s, second, at("2030-01-10T10:00:00Z"));
    await db.prisma.appointment.update({ where: { id: b.id }, data: { patientId: otherPatient.id } });
    const target = "2030-01-11T14:00:00.000Z";
    const results = await Promise.all(
      [a.id, b.id].map((id) => runAction(() => rescheduleAppointment(db.prisma, s.staffActor, { appointmentId: id, providerId: s.lee.id, start: target }, SCENARIO_NOW))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const failed = results.flatMap((r) => (r.ok ? [] : [r.error]));
    expect(failed[0].code).toBe("SLOT_TAKEN");
    expect(await db.prisma.appointment.count({ where: { providerId: s.lee.id, startsAt: at(target) } })).toBe(1);
  });

  test("cancelling a purchase while its sessions are being completed leaves a consistent ledger", async () => {
    const purchase = await purchaseFor(db.prisma, s);
    const today = await bookedSession(db.prisma, s, purchase, at("2030-01-07T07:00:00Z"));
    const upcoming = [];
    for (const d of ["08", "10", "14", "16"]) upcoming.push(await bookedSession(db.prisma, s, purchase, at(`2030-01-${d}T10:00:00Z`)));
    const now = at("2030-01-07T08:00:00Z");
    await Promise.all([
      runAction(() => complete(db.prisma, s.staffActor, today.id, now)),
      runAction(() => cancelPurchase(db.prisma, s.adminActor, { purchaseId: purchase.id, reason: "Refund" }, now)),
      ...upcoming.map((u) => runAction(() => cancelAppointment(db.prisma, s.staffActor, { appointmentId: u.id, reason: "Race" }, now))),
    ]);
    await consistent(purchase.id);
    expect(await db.prisma.appointment.count({ where: { purchaseId: purchase.id, status: { in: ["SCHEDULED", "CHECKED_IN"] } } })).toBe(0);
  });
});
