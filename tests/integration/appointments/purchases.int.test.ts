import { autoSchedule } from "@/lib/services/booking/auto-schedule";
import { confirmPlan } from "@/lib/services/booking/confirm-plan";
import { complete } from "@/lib/services/appointments/lifecycle";
import { cancelPurchase, extendExpiry } from "@/lib/services/purchases/manage";
import { settleExpiredPurchases } from "@/lib/services/purchases/settle";
import { SCENARIO_NOW } from "@/tests/factories/booking-scenario";
import { useBookingScenario } from "@/tests/support/booking";
import { perTest } from "@/tests/support/per-test";
import { at, bookedSession, ledgerOf, ledgerVersusAppointments, purchaseFor, rejection } from "./support";

const { db, s } = useBookingScenario();
const purchase = perTest(() => purchaseFor(db.prisma, s));

const dayNumber = (d: Date) => Math.floor(d.getTime() / 86_400_000);
const statusOf = async (id: string) => (await db.prisma.packagePurchase.findUniqueOrThrow({ where: { id } })).status;
const plan = (purchaseId: string, now = SCENARIO_NOW, moveAppointmentIds?: string[]) =>
  autoSchedule(db.prisma, s.staffActor, { purchaseId, clinicIds: [s.london.id], providerIds: [s.lee.id, s.patel.id], ...(moveAppointmentIds ? { moveAppointmentIds } : {}) }, now);

describe("expiry", () => {
  test("an active purchase past its expiry becomes EXPIRED (audited) and cannot be booked against", async () => {
    const old = await purchaseFor(db.prisma, s, { purchasedAt: at("2029-10-01T00:00:00Z"), expiresAt: at("2030-01-01T00:00:00Z") });
    expect(await settleExpiredPurchases(db.prisma, SCENARIO_NOW)).toBe(1);
    expect(await statusOf(old.id)).toBe("EXPIRED");
    expect(await statusOf(purchase.id)).toBe("ACTIVE");
    expect(await db.prisma.auditLog.count({ where: { entityId: old.id, action: "purchase.expired" } })).toBe(1);
    const e = await rejection(plan(old.id));
    expect(e.code).toBe("PURCHASE_EXPIRED");
    expect(e.userMessage).toMatch(/expired on 31 Dec 2029\. An administrator can extend it\./);
    expect(await settleExpiredPurchases(db.prisma, SCENARIO_NOW)).toBe(0);
  });

  test("admins extend expiry with a reason; an expired purchase becomes active again and can be booked", async () => {
    const old = await purchaseFor(db.prisma, s, { purchasedAt: at("2029-10-01T00:00:00Z"), expiresAt: at("2030-01-01T00:00:00Z") });
    await settleExpiredPurchases(db.prisma, SCENARIO_NOW);
    const out = await extendExpiry(db.prisma, s.adminActor, { purchaseId: old.id, lastDay: "2030-03-31", reason: "Patient was in hospital" }, SCENARIO_NOW);
    expect(out).toMatchObject({ status: "ACTIVE", patientId: s.patient.id });
    expect(out.message).toBe("“Physio 6” can now be used until 31 Mar 2030 (was 31 Dec 2029). It is active again.");
    const row = await db.prisma.packagePurchase.findUniqueOrThrow({ where: { id: old.id } });
    // The last day is a London day; BST has started by then, so it ends at 23:00 UTC.
    expect(row.expiresAt).toEqual(at("2030-03-31T23:00:00Z"));
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: old.id, action: "purchase.expiry_extended" } });
    expect(audit).toMatchObject({ actorId: s.admin.id, details: { reason: "Patient was in hospital", reactivated: true } });
    expect((await plan(old.id)).sessions.length).toBe(6);
  });

  test("an expired course still becomes COMPLETED when its last session is completed after expiry; it cannot be extended", async () => {
    const small = await purchaseFor(db.prisma, s, { purchasedAt: at("2029-11-01T00:00:00Z"), expiresAt: at("2030-01-07T00:00:00Z") });
    await db.prisma.purchaseItem.updateMany({ where: { purchaseId: small.id, serviceId: s.assessment.id }, data: { completed: 1 } });
    await db.prisma.purchaseItem.updateMany({ where: { purchaseId: small.id, serviceId: s.physio.id }, data: { completed: 4 } });
    const last = await bookedSession(db.prisma, s, small, at("2030-01-06T16:00:00Z"));
    await settleExpiredPurchases(db.prisma, SCENARIO_NOW);
    expect(await statusOf(small.id)).toBe("EXPIRED");
    await complete(db.prisma, s.staffActor, last.id, SCENARIO_NOW);
    expect(await statusOf(small.id)).toBe("COMPLETED");
    const extend = await rejection(extendExpiry(db.prisma, s.adminActor, { purchaseId: small.id, lastDay: "2030-02-01", reason: "Kind" }, SCENARIO_NOW));
    expect(extend.code).toBe("PURCHASE_NOT_ACTIVE");
  });

  test("extending refuses an earlier day, staff, cancelled and completed purchases", async () => {
    const earlier = await rejection(extendExpiry(db.prisma, s.adminActor, { purchaseId: purchase.id, lastDay: "2030-01-20", reason: "Typo" }, SCENARIO_NOW));
    expect(earlier).toMatchObject({ code: "INVALID_INPUT" });
    expect(earlier.fieldErrors?.lastDay).toMatch(/^Choose a day after /);
    expect((await rejection(extendExpiry(db.prisma, s.staffActor, { purchaseId: purchase.id, lastDay: "2030-06-01", reason: "Kind" }, SCENARIO_NOW))).code).toBe("FORBIDDEN");
    await db.prisma.packagePurchase.update({ where: { id: purchase.id }, data: { status: "COMPLETED" } });
    expect((await rejection(extendExpiry(db.prisma, s.adminActor, { purchaseId: purchase.id, lastDay: "2030-06-01", reason: "Kind" }, SCENARIO_NOW))).code).toBe("PURCHASE_NOT_ACTIVE");
    expect(await db.prisma.auditLog.count({ where: { entityId: purchase.id } })).toBe(0);
  });
});

describe("cancel a purchase", () => {
  test("cancels its upcoming appointments, returns nothing, keeps the past, and blocks further booking", async () => {
    const past = await bookedSession(db.prisma, s, purchase, at("2030-01-04T10:00:00Z")); // awaiting its outcome
    const next = await bookedSession(db.prisma, s, purchase, at("2030-01-08T10:00:00Z"));
    const later = await bookedSession(db.prisma, s, purchase, at("2030-01-10T10:00:00Z"), { serviceId: s.assessment.id });
    const out = await cancelPurchase(db.prisma, s.adminActor, { purchaseId: purchase.id, reason: "Refunded" }, SCENARIO_NOW);
    expect(out).toMatchObject({ status: "CANCELLED", message: "“Physio 6” is cancelled and its 2 upcoming appointments were cancelled." });
    const rows = await db.prisma.appointment.findMany({ where: { purchaseId: purchase.id }, orderBy: { startsAt: "asc" } });
    expect(rows.map((r) => [r.id, r.status, r.cancelReason])).toEqual([
      [past.id, "SCHEDULED", null],
      [next.id, "CANCELLED", "Package cancelled: Refunded"],
      [later.id, "CANCELLED", "Package cancelled: Refunded"],
    ]);
    expect(await statusOf(purchase.id)).toBe("CANCELLED");
    expect(await ledgerOf(db.prisma, purchase.id, s.physio.id)).toMatchObject({ booked: 1 });
    expect(await ledgerOf(db.prisma, purchase.id, s.assessment.id)).toMatchObject({ booked: 0 });
    for (const line of await ledgerVersusAppointments(db.prisma, purchase.id)) expect(line.stored).toEqual(line.computed);
    expect(await db.prisma.auditLog.count({ where: { action: "appointment.cancelled", entityId: { in: [next.id, later.id] } } })).toBe(2);
    expect((await rejection(plan(purchase.id))).code).toBe("PURCHASE_NOT_ACTIVE");
    expect((await rejection(cancelPurchase(db.prisma, s.adminActor, { purchaseId: purchase.id, reason: "Again" }, SCENARIO_NOW))).code).toBe("CONFLICT");
  });

  test("staff cannot cancel a purchase", async () => {
    expect((await rejection(cancelPurchase(db.prisma, s.staffActor, { purchaseId: purchase.id, reason: "Refunded" }, SCENARIO_NOW))).code).toBe("FORBIDDEN");
    expect(await statusOf(purchase.id)).toBe("ACTIVE");
  });
});

describe("re-plan the rest", () => {
  test("sessions hit by a provider's time off are planned again and moved on confirm, with the unbooked rest", async () => {
    const hit = await bookedSession(db.prisma, s, purchase, at("2030-01-09T10:00:00Z"));
    const kept = await bookedSession(db.prisma, s, purchase, at("2030-01-14T10:00:00Z"), { providerId: s.patel.id });
    await db.prisma.providerTimeOff.create({ data: { providerId: s.lee.id, startsAt: at("2030-01-09T00:00:00Z"), endsAt: at("2030-01-10T00:00:00Z") } });

    const preview = await plan(purchase.id, SCENARIO_NOW, [hit.id]);
    // 3 physio and the assessment were never booked; the moved one makes 4 + 1 to place.
    expect(preview.sessions).toHaveLength(5);
    expect(preview.unplaced).toEqual([]);
    for (const x of preview.sessions) {
      expect(x.providerId === s.lee.id && x.start.startsWith("2030-01-09")).toBe(false);
      // At least two (GMT) days away from the session that stays.
      expect(Math.abs(dayNumber(new Date(x.start)) - dayNumber(kept.startsAt))).toBeGreaterThanOrEqual(2);
    }
    const batch = await confirmPlan(
      db.prisma,
      s.staffActor,
      { purchaseId: purchase.id, idempotencyKey: "replan-key-1", sessions: preview.sessions.map(({ serviceId, providerId, clinicId, start }) => ({ serviceId, providerId, clinicId, start })), moveAppointmentIds: [hit.id] },
      SCENARIO_NOW,
    );
    expect(batch.appointmentCount).toBe(5);
    const moved = await db.prisma.appointment.findUniqueOrThrow({ where: { id: hit.id } });
    expect(moved.status).toBe("SCHEDULED");
    expect(moved.startsAt).not.toEqual(at("2030-01-09T10:00:00Z"));
    expect(await ledgerOf(db.prisma, purchase.id, s.physio.id)).toEqual({ sessionsTotal: 5, booked: 5, completed: 0, forfeited: 0 });
    expect(await ledgerOf(db.prisma, purchase.id, s.assessment.id)).toMatchObject({ booked: 1 });
    expect(await db.prisma.appointment.count({ where: { purchaseId: purchase.id } })).toBe(6);
    expect(await db.prisma.auditLog.count({ where: { entityId: hit.id, action: "appointment.rescheduled" } })).toBe(1);
    for (const line of await ledgerVersusAppointments(db.prisma, purchase.id)) expect(line.stored).toEqual(line.computed);
  });

  test("a session to move that the confirmed plan leaves out stays where it was", async () => {
    const hit = await bookedSession(db.prisma, s, purchase, at("2030-01-09T10:00:00Z"));
    const preview = await plan(purchase.id, SCENARIO_NOW, [hit.id]);
    const onlyAssessment = preview.sessions.filter((x) => x.serviceId === s.assessment.id);
    await confirmPlan(
      db.prisma,
      s.staffActor,
      { purchaseId: purchase.id, idempotencyKey: "replan-key-2", sessions: onlyAssessment.map(({ serviceId, providerId, clinicId, start }) => ({ serviceId, providerId, clinicId, start })), moveAppointmentIds: [hit.id] },
      SCENARIO_NOW,
    );
    expect((await db.prisma.appointment.findUniqueOrThrow({ where: { id: hit.id } })).startsAt).toEqual(at("2030-01-09T10:00:00Z"));
    expect(await ledgerOf(db.prisma, purchase.id, s.physio.id)).toMatchObject({ booked: 1 });
  });

  test("moved sessions may swap times with each other: their old times are released before the new ones are taken", async () => {
    const monday = await bookedSession(db.prisma, s, purchase, at("2030-01-14T10:00:00Z"));
    const wednesday = await bookedSession(db.prisma, s, purchase, at("2030-01-09T10:00:00Z"));
    await db.prisma.providerTimeOff.create({ data: { providerId: s.lee.id, startsAt: at("2030-01-08T00:00:00Z"), endsAt: at("2030-01-20T00:00:00Z") } });
    const swapped = [
      { serviceId: s.physio.id, providerId: s.patel.id, clinicId: s.london.id, start: "2030-01-09T10:00:00.000Z" },
      { serviceId: s.physio.id, providerId: s.patel.id, clinicId: s.london.id, start: "2030-01-14T10:00:00.000Z" },
    ];
    // Monday's session (created first) takes the first slot of the plan, Wednesday 10:00, which Wednesday's session
    // still holds until it moves: checked row by row, that would clash with itself.
    await confirmPlan(db.prisma, s.staffActor, { purchaseId: purchase.id, idempotencyKey: "swap-1", sessions: swapped, moveAppointmentIds: [monday.id, wednesday.id] }, SCENARIO_NOW);
    const rows = await db.prisma.appointment.findMany({ where: { purchaseId: purchase.id }, orderBy: { startsAt: "asc" } });
    expect(rows.map((r) => [r.providerId, r.startsAt.toISOString(), r.status])).toEqual([
      [s.patel.id, "2030-01-09T10:00:00.000Z", "SCHEDULED"],
      [s.patel.id, "2030-01-14T10:00:00.000Z", "SCHEDULED"],
    ]);
    expect(await ledgerOf(db.prisma, purchase.id, s.physio.id)).toMatchObject({ booked: 2 });
    for (const line of await ledgerVersusAppointments(db.prisma, purchase.id)) expect(line.stored).toEqual(line.computed);
  });

  test("staff cannot move another clinic's sessions through a re-plan", async () => {
    // A course shared by both clinics (a London session too), so it is this desk's course; a Manchester-only course
    // is not found at all from London (tests/integration/patients/clinic-scope.int.test.ts).
    await bookedSession(db.prisma, s, purchase, at("2030-01-08T10:00:00Z"));
    const elsewhere = await bookedSession(db.prisma, s, purchase, at("2030-01-09T10:00:00Z"), { clinicId: s.manchester.id, providerId: s.north.id });
    expect((await rejection(plan(purchase.id, SCENARIO_NOW, [elsewhere.id]))).code).toBe("FORBIDDEN");
    const session = { serviceId: s.physio.id, providerId: s.lee.id, clinicId: s.london.id, start: "2030-01-10T10:00:00.000Z" };
    const attempt = confirmPlan(db.prisma, s.staffActor, { purchaseId: purchase.id, idempotencyKey: "steal-1", sessions: [session], moveAppointmentIds: [elsewhere.id] }, SCENARIO_NOW);
    expect((await rejection(attempt)).code).toBe("FORBIDDEN");
    expect((await db.prisma.appointment.findUniqueOrThrow({ where: { id: elsewhere.id } })).clinicId).toBe(s.manchester.id);
  });

  test("only upcoming scheduled sessions of the same purchase can be moved", async () => {
    const other = await purchaseFor(db.prisma, s);
    const foreign = await bookedSession(db.prisma, s, other, at("2030-01-09T10:00:00Z"));
    expect((await rejection(plan(purchase.id, SCENARIO_NOW, [foreign.id]))).code).toBe("INVALID_INPUT");
    const past = await bookedSession(db.prisma, s, purchase, at("2030-01-04T10:00:00Z"));
    expect((await rejection(plan(purchase.id, SCENARIO_NOW, [past.id]))).code).toBe("CONFLICT");
  });
});
