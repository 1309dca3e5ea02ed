import {
  cancelAppointment,
  checkInAppointment,
  completeAppointment,
  listRescheduleProviders,
  markNoShow,
  rescheduleAppointment,
  rescheduleSlots,
} from "@/app/(staff)/appointments/actions";
import { cancelPurchase, extendPurchaseExpiry } from "@/app/admin/purchases/actions";
import { buildBookingScenario, type BookingScenario } from "@/tests/factories/booking-scenario";
import { revalidated } from "@/tests/support/next-cache-stub";
import { signInAs } from "@/tests/support/session";
import { useAppDatabase } from "@/tests/support/use-app-database";
import { bookedSession, hours, ledgerOf, ledgerVersusAppointments, purchaseFor } from "./support";

// The server actions as the browser calls them: session first, then input, then the service, with the real clock.
const db = useAppDatabase();
let s: BookingScenario;
let purchase: Awaited<ReturnType<typeof purchaseFor>>;
const now = () => new Date();
beforeEach(async () => {
  s = await buildBookingScenario(db.prisma);
  purchase = await purchaseFor(db.prisma, s, { purchasedAt: hours(now(), -24 * 10) });
  await db.prisma.packagePurchase.update({ where: { id: purchase.id }, data: { expiresAt: hours(now(), 24 * 60) } });
  signInAs(s.staff);
});
afterEach(async () => {
  for (const line of await ledgerVersusAppointments(db.prisma, purchase.id)) expect(line.stored).toEqual(line.computed);
});

test("check in, then complete, today's session; the patient's page and the calendar are refreshed", async () => {
  const a = await bookedSession(db.prisma, s, purchase, hours(now(), -0.5));
  const checkedIn = await checkInAppointment({ appointmentId: a.id });
  expect(checkedIn).toMatchObject({ ok: true, data: { status: "CHECKED_IN" } });
  const done = await completeAppointment({ appointmentId: a.id });
  expect(done).toMatchObject({ ok: true, data: { status: "COMPLETED", ledgerEffect: "consumed" } });
  expect(revalidated).toEqual(expect.arrayContaining([`/patients/${s.patient.id}`, "/calendar"]));
  expect(await ledgerOf(db.prisma, purchase.id, s.physio.id)).toMatchObject({ booked: 0, completed: 1 });
});

test("cancel needs a reason: without one nothing changes and the field says why", async () => {
  const a = await bookedSession(db.prisma, s, purchase, hours(now(), 24 * 5));
  const missing = await cancelAppointment({ appointmentId: a.id, reason: " " });
  expect(missing).toMatchObject({ ok: false, error: { code: "INVALID_INPUT", fieldErrors: { reason: "Say briefly why the appointment is cancelled." } } });
  expect((await db.prisma.appointment.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("SCHEDULED");
  const ok = await cancelAppointment({ appointmentId: a.id, reason: "Patient unwell" });
  expect(ok).toMatchObject({ ok: true, data: { ledgerEffect: "returned", replanPurchaseId: purchase.id } });
});

test("no-show of a session that started; a second attempt is a conflict, not an internal error", async () => {
  const a = await bookedSession(db.prisma, s, purchase, hours(now(), -2));
  expect(await markNoShow({ appointmentId: a.id })).toMatchObject({ ok: true, data: { status: "NO_SHOW", ledgerEffect: "forfeited" } });
  expect(await markNoShow({ appointmentId: a.id })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
  expect(await completeAppointment({ appointmentId: a.id })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
});

test("reschedule: providers, slots and the move; a made-up time is refused with a clear message", async () => {
  const a = await bookedSession(db.prisma, s, purchase, hours(now(), 24 * 3));
  const providers = await listRescheduleProviders({ appointmentId: a.id });
  expect(providers.ok && providers.data.map((p) => p.name)).toEqual(["Dr Lee", "Sam Patel"]);
  const slots = await rescheduleSlots({ appointmentId: a.id, providerId: s.patel.id });
  if (!slots.ok) throw new Error(slots.error.message);
  expect(slots.data.length).toBeGreaterThan(0);
  const moved = await rescheduleAppointment({ appointmentId: a.id, providerId: s.patel.id, start: slots.data[0].start });
  expect(moved).toMatchObject({ ok: true, data: { ledgerEffect: "none" } });
  expect((await db.prisma.appointment.findUniqueOrThrow({ where: { id: a.id } })).providerId).toBe(s.patel.id);
  const bad = await rescheduleAppointment({ appointmentId: a.id, providerId: s.patel.id, start: "not a time" });
  expect(bad).toMatchObject({ ok: false, error: { code: "INVALID_INPUT", fieldErrors: { start: "Choose a new time." } } });
  const nextSunday = hours(now(), 48);
  while (nextSunday.getUTCDay() !== 0) nextSunday.setUTCDate(nextSunday.getUTCDate() + 1);
  nextSunday.setUTCHours(10, 0, 0, 0); // London is closed on Sundays
  const sunday = await rescheduleAppointment({ appointmentId: a.id, providerId: s.patel.id, start: nextSunday.toISOString() });
  expect(sunday).toMatchObject({ ok: false, error: { code: "SLOT_TAKEN" } });
});

test("another clinic's appointment: every action is refused for staff", async () => {
  const a = await bookedSession(db.prisma, s, purchase, hours(now(), 24 * 3), { clinicId: s.manchester.id, providerId: s.north.id });
  for (const result of [
    await checkInAppointment({ appointmentId: a.id }),
    await cancelAppointment({ appointmentId: a.id, reason: "Not mine" }),
    await listRescheduleProviders({ appointmentId: a.id }),
    await rescheduleSlots({ appointmentId: a.id }),
    await rescheduleAppointment({ appointmentId: a.id, providerId: s.north.id, start: hours(now(), 24 * 4).toISOString() }),
  ]) {
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  }
  expect(await db.prisma.auditLog.count({ where: { entityId: a.id } })).toBe(0);
});

test("purchase actions are for admins; bad input is named; both are audited", async () => {
  expect(await extendPurchaseExpiry({ purchaseId: purchase.id, lastDay: "2099-01-01", reason: "Kind" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  expect(await cancelPurchase({ purchaseId: purchase.id, reason: "Refund" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  signInAs(s.admin);
  expect(await extendPurchaseExpiry({ purchaseId: purchase.id, lastDay: "31/12/2030", reason: "Kind" })).toMatchObject({
    ok: false,
    error: { code: "INVALID_INPUT", fieldErrors: { lastDay: "Enter the new last day as a date." } },
  });
  expect(await extendPurchaseExpiry({ purchaseId: purchase.id, lastDay: "2030-01-01", reason: "" })).toMatchObject({
    ok: false,
    error: { code: "INVALID_INPUT", fieldErrors: { reason: "Give a reason for the extension." } },
  });
  const lastDay = hours(now(), 24 * 120).toISOString().slice(0, 10);
  expect(await extendPurchaseExpiry({ purchaseId: purchase.id, lastDay, reason: "Hospital stay" })).toMatchObject({ ok: true, data: { status: "ACTIVE" } });
  const upcoming = await bookedSession(db.prisma, s, purchase, hours(now(), 24 * 3));
  expect(await cancelPurchase({ purchaseId: purchase.id, reason: "Refunded" })).toMatchObject({ ok: true, data: { status: "CANCELLED" } });
  expect((await db.prisma.appointment.findUniqueOrThrow({ where: { id: upcoming.id } })).status).toBe("CANCELLED");
  expect(await db.prisma.auditLog.findMany({ where: { entityId: purchase.id }, orderBy: { at: "asc" }, select: { action: true } })).toEqual([
    { action: "purchase.expiry_extended" },
    { action: "purchase.cancelled" },
  ]);
});
