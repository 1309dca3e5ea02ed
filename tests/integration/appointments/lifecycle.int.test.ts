import { cancelAppointment, checkIn, complete, markNoShow } from "@/lib/services/appointments/lifecycle";
import { buildAppointment, buildPurchase } from "@/tests/factories";
import { SCENARIO_NOW } from "@/tests/factories/booking-scenario";
import { useBookingScenario } from "@/tests/support/booking";
import { perTest } from "@/tests/support/per-test";
import { at, bookedSession, hours, ledgerOf, ledgerVersusAppointments, purchaseFor, rejection } from "./support";

const { db, s } = useBookingScenario();
const purchase = perTest(() => purchaseFor(db.prisma, s));

const TUESDAY_10 = at("2030-01-08T10:00:00Z"); // London is on GMT in January
const auditOf = (id: string) => db.prisma.auditLog.findMany({ where: { entityId: id }, orderBy: { at: "asc" }, select: { action: true, actorId: true, details: true } });

afterEach(async () => {
  // Whatever a test did, the stored ledger must still be what the appointments say.
  for (const line of await ledgerVersusAppointments(db.prisma, purchase.id)) expect(line.stored).toEqual(line.computed);
});

describe("check in and complete", () => {
  test("check-in opens on the appointment's day; completing moves the session from booked to completed", async () => {
    const a = await bookedSession(db.prisma, s, purchase, TUESDAY_10);
    const early = await rejection(checkIn(db.prisma, s.staffActor, a.id, SCENARIO_NOW));
    expect(early.code).toBe("CONFLICT");
    expect(early.userMessage).toMatch(/from its day on/);

    const onTheDay = at("2030-01-08T00:05:00Z");
    const checked = await checkIn(db.prisma, s.staffActor, a.id, onTheDay);
    expect(checked).toMatchObject({ status: "CHECKED_IN", ledgerEffect: "none", patientId: s.patient.id });
    expect((await rejection(checkIn(db.prisma, s.staffActor, a.id, onTheDay))).userMessage).toMatch(/already checked in/);

    const done = await complete(db.prisma, s.staffActor, a.id, hours(TUESDAY_10, 1));
    expect(done).toMatchObject({ status: "COMPLETED", ledgerEffect: "consumed", replanPurchaseId: null });
    expect(done.message).toMatch(/One Physiotherapy session of “Physio 6” is used \(4 Physiotherapy left\)/);
    expect(await ledgerOf(db.prisma, purchase.id, s.physio.id)).toEqual({ sessionsTotal: 5, booked: 0, completed: 1, forfeited: 0 });
    expect((await auditOf(a.id)).map((x) => x.action)).toEqual(["appointment.checked_in", "appointment.completed"]);

    const again = await rejection(complete(db.prisma, s.staffActor, a.id, hours(TUESDAY_10, 2)));
    expect(again.userMessage).toMatch(/already completed; it cannot be changed/);
  });

  test("a session can be completed without checking in, but not before its day", async () => {
    const a = await bookedSession(db.prisma, s, purchase, TUESDAY_10);
    expect((await rejection(complete(db.prisma, s.staffActor, a.id, SCENARIO_NOW))).code).toBe("CONFLICT");
    expect(await ledgerOf(db.prisma, purchase.id, s.physio.id)).toMatchObject({ booked: 1, completed: 0 });
    await complete(db.prisma, s.staffActor, a.id, at("2030-01-09T09:00:00Z"));
    expect(await ledgerOf(db.prisma, purchase.id, s.physio.id)).toMatchObject({ booked: 0, completed: 1 });
  });

  test("the purchase becomes COMPLETED when its last session is completed or forfeited", async () => {
    const small = await buildPurchase(db.prisma, {
      packageId: s.physio6.id,
      patientId: s.patient.id,
      purchasedAt: SCENARIO_NOW,
      assignedById: s.staff.id,
      items: [{ serviceId: s.physio.id, sessionsTotal: 2 }],
    });
    const first = await bookedSession(db.prisma, s, small, TUESDAY_10);
    const second = await bookedSession(db.prisma, s, small, at("2030-01-10T10:00:00Z"));
    await markNoShow(db.prisma, s.staffActor, first.id, hours(TUESDAY_10, 1));
    expect((await db.prisma.packagePurchase.findUniqueOrThrow({ where: { id: small.id } })).status).toBe("ACTIVE");
    const last = await complete(db.prisma, s.staffActor, second.id, at("2030-01-10T11:00:00Z"));
    expect(last.message).toMatch(/“Physio 6” is now complete/);
    expect((await db.prisma.packagePurchase.findUniqueOrThrow({ where: { id: small.id } })).status).toBe("COMPLETED");
    expect(await db.prisma.auditLog.count({ where: { entityId: small.id, action: "purchase.completed" } })).toBe(1);
    for (const line of await ledgerVersusAppointments(db.prisma, small.id)) expect(line.stored).toEqual(line.computed);
  });
});

describe("cancel", () => {
  test("before the late-cancel window the session returns to the package and a re-plan is offered", async () => {
    const a = await bookedSession(db.prisma, s, purchase, TUESDAY_10);
    const out = await cancelAppointment(db.prisma, s.staffActor, { appointmentId: a.id, reason: "Patient is travelling" }, SCENARIO_NOW);
    expect(out).toMatchObject({ status: "CANCELLED", ledgerEffect: "returned", replanPurchaseId: purchase.id });
    expect(out.message).toBe("Cancelled. The session went back to “Physio 6” (5 Physiotherapy left).");
    expect(await ledgerOf(db.prisma, purchase.id, s.physio.id)).toEqual({ sessionsTotal: 5, booked: 0, completed: 0, forfeited: 0 });
    const row = await db.prisma.appointment.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ status: "CANCELLED", cancelReason: "Patient is travelling", cancelledAt: SCENARIO_NOW, forfeitsSession: false });
    const [entry] = await auditOf(a.id);
    expect(entry).toMatchObject({ action: "appointment.cancelled", actorId: s.staff.id, details: { reason: "Patient is travelling", late: false, ledgerEffect: "returned" } });
  });

  test("the late-cancel boundary: exactly the window before the start is in time, a millisecond later is late", async () => {
    const a = await bookedSession(db.prisma, s, purchase, TUESDAY_10);
    const b = await bookedSession(db.prisma, s, purchase, at("2030-01-10T10:00:00Z"));
    const inTime = await cancelAppointment(db.prisma, s.staffActor, { appointmentId: a.id, reason: "Ill" }, hours(TUESDAY_10, -24));
    expect(inTime.ledgerEffect).toBe("returned");
    const late = await cancelAppointment(db.prisma, s.staffActor, { appointmentId: b.id, reason: "Ill" }, new Date(at("2030-01-09T10:00:00Z").getTime() + 1));
    expect(late).toMatchObject({ ledgerEffect: "forfeited", replanPurchaseId: null });
    expect(late.message).toMatch(/^Cancelled late \(less than 24 h before the start\)\. By London's policy the Physiotherapy session of “Physio 6” is forfeited\./);
    expect(await ledgerOf(db.prisma, purchase.id, s.physio.id)).toEqual({ sessionsTotal: 5, booked: 0, completed: 0, forfeited: 1 });
    expect((await db.prisma.appointment.findUniqueOrThrow({ where: { id: b.id } })).forfeitsSession).toBe(true);
  });

  test("a clinic whose policy returns late cancellations gives the session back", async () => {
    await db.prisma.clinic.update({ where: { id: s.london.id }, data: { lateCancelForfeits: false, lateCancelWindowHours: 48 } });
    const a = await bookedSession(db.prisma, s, purchase, TUESDAY_10);
    const out = await cancelAppointment(db.prisma, s.staffActor, { appointmentId: a.id, reason: "Ill" }, hours(TUESDAY_10, -47));
    expect(out).toMatchObject({ ledgerEffect: "returned", replanPurchaseId: purchase.id });
    expect(out.message).toMatch(/^Cancelled late \(less than 48 h/);
    expect(await ledgerOf(db.prisma, purchase.id, s.physio.id)).toMatchObject({ booked: 0, forfeited: 0 });
  });

  test.each([
    // Spring forward in London: Sunday 31 March 2030, 01:00 GMT → 02:00 BST. A Sunday 12:00 BST session's 24 h
    // window opens on Saturday at 11:00 GMT — 23 wall-clock hours, 24 real ones.
    ["spring forward", "Europe/London", "2030-03-31T11:00:00Z", "2030-03-30T11:00:00Z"],
    // Fall back in New York: Sunday 3 November 2030, 02:00 EDT → 01:00 EST. A Sunday 10:00 EST session's window
    // opens on Saturday at 11:00 EDT.
    ["fall back", "America/New_York", "2030-11-03T15:00:00Z", "2030-11-02T15:00:00Z"],
  ])("across a DST change (%s) the window is measured in real hours, on both sides of its edge", async (_label, zone, start, edge) => {
    await db.prisma.clinic.update({ where: { id: s.london.id }, data: { timeZone: zone } });
    const long = await purchaseFor(db.prisma, s, { expiresAt: at("2031-01-01T00:00:00Z") });
    const a = await bookedSession(db.prisma, s, long, at(start));
    const b = await bookedSession(db.prisma, s, long, hours(at(start), 2));
    expect((await cancelAppointment(db.prisma, s.staffActor, { appointmentId: a.id, reason: "Moving house" }, at(edge))).ledgerEffect).toBe("returned");
    const lateAt = new Date(hours(at(edge), 2).getTime() + 1);
    expect((await cancelAppointment(db.prisma, s.staffActor, { appointmentId: b.id, reason: "Moving house" }, lateAt)).ledgerEffect).toBe("forfeited");
    expect(await ledgerOf(db.prisma, long.id, s.physio.id)).toEqual({ sessionsTotal: 5, booked: 0, completed: 0, forfeited: 1 });
    for (const line of await ledgerVersusAppointments(db.prisma, long.id)) expect(line.stored).toEqual(line.computed);
  });

  test("an appointment without a package is cancelled with no ledger change; an ended one cannot be cancelled", async () => {
    const single = await buildAppointment(db.prisma, { patientId: s.patient.id, providerId: s.lee.id, clinicId: s.london.id, serviceId: s.physio.id, startsAt: TUESDAY_10 });
    const out = await cancelAppointment(db.prisma, s.staffActor, { appointmentId: single.id, reason: "No longer needed" }, hours(TUESDAY_10, -1));
    expect(out).toMatchObject({ ledgerEffect: "none", purchaseId: null, replanPurchaseId: null, message: "Cancelled late (less than 24 h before the start)." });
    const a = await bookedSession(db.prisma, s, purchase, TUESDAY_10, { providerId: s.patel.id });
    const ended = await rejection(cancelAppointment(db.prisma, s.staffActor, { appointmentId: a.id, reason: "Too late" }, hours(TUESDAY_10, 1)));
    expect(ended.userMessage).toMatch(/already ended: record it as completed or as a no-show/);
    expect((await db.prisma.appointment.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("SCHEDULED");
  });
});

describe("no-show", () => {
  test("only once the session has started; forfeits or returns by clinic policy", async () => {
    const a = await bookedSession(db.prisma, s, purchase, TUESDAY_10);
    expect((await rejection(markNoShow(db.prisma, s.staffActor, a.id, hours(TUESDAY_10, -0.5)))).userMessage).toMatch(/once the appointment has started/);
    const out = await markNoShow(db.prisma, s.staffActor, a.id, hours(TUESDAY_10, 0.25));
    expect(out).toMatchObject({ status: "NO_SHOW", ledgerEffect: "forfeited" });
    expect(await ledgerOf(db.prisma, purchase.id, s.physio.id)).toMatchObject({ booked: 0, forfeited: 1 });

    await db.prisma.clinic.update({ where: { id: s.london.id }, data: { noShowForfeits: false } });
    const b = await bookedSession(db.prisma, s, purchase, at("2030-01-10T10:00:00Z"));
    const kind = await markNoShow(db.prisma, s.staffActor, b.id, at("2030-01-10T12:00:00Z"));
    expect(kind).toMatchObject({ ledgerEffect: "returned", replanPurchaseId: purchase.id });
    expect(await ledgerOf(db.prisma, purchase.id, s.physio.id)).toMatchObject({ booked: 0, forfeited: 1 });
  });

  test("a checked-in patient is not a no-show", async () => {
    const a = await bookedSession(db.prisma, s, purchase, TUESDAY_10, { status: "CHECKED_IN" });
    expect((await rejection(markNoShow(db.prisma, s.staffActor, a.id, hours(TUESDAY_10, 1)))).userMessage).toMatch(/checked in, so this is not a no-show/);
  });
});

describe("clinic access", () => {
  test("staff cannot act on another clinic's appointments; nothing changes", async () => {
    const a = await bookedSession(db.prisma, s, purchase, TUESDAY_10, { clinicId: s.manchester.id, providerId: s.north.id });
    for (const attempt of [
      checkIn(db.prisma, s.staffActor, a.id, hours(TUESDAY_10, -1)),
      complete(db.prisma, s.staffActor, a.id, hours(TUESDAY_10, 1)),
      cancelAppointment(db.prisma, s.staffActor, { appointmentId: a.id, reason: "Not mine" }, SCENARIO_NOW),
      markNoShow(db.prisma, s.staffActor, a.id, hours(TUESDAY_10, 1)),
    ]) {
      expect((await rejection(attempt)).code).toBe("FORBIDDEN");
    }
    expect(await db.prisma.appointment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: "SCHEDULED" });
    expect(await ledgerOf(db.prisma, purchase.id, s.physio.id)).toMatchObject({ booked: 1, completed: 0, forfeited: 0 });
    expect(await db.prisma.auditLog.count({ where: { entityId: a.id } })).toBe(0);
    // Admins act in every clinic.
    expect((await complete(db.prisma, s.adminActor, a.id, hours(TUESDAY_10, 1))).status).toBe("COMPLETED");
  });

  test("an unknown appointment is NOT_FOUND", async () => {
    expect((await rejection(complete(db.prisma, s.staffActor, "nope", SCENARIO_NOW))).code).toBe("NOT_FOUND");
  });
});
