import { rescheduleAppointment, rescheduleProviders, rescheduleSlots } from "@/lib/services/appointments/reschedule";
import { buildAppointment, buildPatient } from "@/tests/factories";
import { SCENARIO_NOW } from "@/tests/factories/booking-scenario";
import { useBookingScenario } from "@/tests/support/booking";
import { perTest } from "@/tests/support/per-test";
import { at, bookedSession, ledgerOf, purchaseFor, rejection } from "./support";

const { db, s } = useBookingScenario();
const purchase = perTest(() => purchaseFor(db.prisma, s));

const WED_10 = at("2030-01-09T10:00:00Z");
const move = (appointmentId: string, start: string, providerId?: string) =>
  rescheduleAppointment(db.prisma, s.staffActor, { appointmentId, providerId: providerId ?? s.lee.id, start }, SCENARIO_NOW);

test("moves the session to a free slot: same appointment, same ledger, audited with both times", async () => {
  const a = await bookedSession(db.prisma, s, purchase, WED_10);
  const out = await move(a.id, "2030-01-09T14:00:00Z");
  expect(out).toMatchObject({ appointmentId: a.id, status: "SCHEDULED", ledgerEffect: "none" });
  expect(out.message).toBe("Moved to Wed, 9 Jan 2030 at 14:00–14:45 GMT with Dr Lee.");
  const row = await db.prisma.appointment.findUniqueOrThrow({ where: { id: a.id } });
  expect(row.startsAt).toEqual(at("2030-01-09T14:00:00Z"));
  expect(row.endsAt).toEqual(at("2030-01-09T14:45:00Z"));
  expect(row.blockEndsAt).toEqual(at("2030-01-09T15:00:00Z"));
  expect(await ledgerOf(db.prisma, purchase.id, s.physio.id)).toMatchObject({ booked: 1, completed: 0 });
  const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: a.id, action: "appointment.rescheduled" } });
  expect(audit.details).toMatchObject({ from: WED_10.toISOString(), to: "2030-01-09T14:00:00.000Z" });
});

test("its own current time does not block it: it can shift by a quarter of an hour", async () => {
  const a = await bookedSession(db.prisma, s, purchase, WED_10);
  await move(a.id, "2030-01-09T10:15:00Z");
  expect((await db.prisma.appointment.findUniqueOrThrow({ where: { id: a.id } })).startsAt).toEqual(at("2030-01-09T10:15:00Z"));
});

test("another provider qualified at the clinic can take it over; one who is not is refused", async () => {
  const a = await bookedSession(db.prisma, s, purchase, WED_10);
  const providers = await rescheduleProviders(db.prisma, s.staffActor, a.id, SCENARIO_NOW);
  expect(providers.map((p) => p.name)).toEqual(["Dr Lee", "Sam Patel"]);
  await move(a.id, "2030-01-09T11:00:00Z", s.patel.id);
  expect((await db.prisma.appointment.findUniqueOrThrow({ where: { id: a.id } })).providerId).toBe(s.patel.id);
  const wrong = await rejection(move(a.id, "2030-01-09T12:00:00Z", s.north.id));
  expect(wrong).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { providerId: "Choose from the providers listed." } });
});

test("a taken slot, closed hours or the course's rhythm are refused with a clear message and nothing changes", async () => {
  const a = await bookedSession(db.prisma, s, purchase, WED_10);
  const other = await buildPatient(db.prisma);
  await buildAppointment(db.prisma, { patientId: other.id, providerId: s.lee.id, clinicId: s.london.id, serviceId: s.physio.id, startsAt: at("2030-01-10T09:00:00Z") });
  const taken = await rejection(move(a.id, "2030-01-10T09:30:00Z"));
  expect(taken).toMatchObject({ code: "SLOT_TAKEN" });
  expect(taken.userMessage).toBe("Thu, 10 Jan 2030 at 09:30–10:15 GMT with Dr Lee is not free. Choose another time.");
  expect((await rejection(move(a.id, "2030-01-12T10:00:00Z"))).code).toBe("SLOT_TAKEN"); // Saturday: closed

  // Physio 6 wants two days between sessions: next to another session of the course is refused.
  await bookedSession(db.prisma, s, purchase, at("2030-01-14T10:00:00Z"));
  const rhythm = await rejection(move(a.id, "2030-01-15T10:00:00Z"));
  expect(rhythm.userMessage).toMatch(/does not fit the course's rhythm/);
  expect((await db.prisma.appointment.findUniqueOrThrow({ where: { id: a.id } })).startsAt).toEqual(WED_10);
});

test("free slots exclude busy time, start after the notice period, and can be paged with `from`", async () => {
  const a = await bookedSession(db.prisma, s, purchase, WED_10);
  await buildAppointment(db.prisma, { providerId: s.lee.id, clinicId: s.london.id, serviceId: s.physio.id, startsAt: at("2030-01-07T09:00:00Z"), endsAt: at("2030-01-07T17:00:00Z"), blockEndsAt: at("2030-01-07T17:00:00Z") });
  const slots = await rescheduleSlots(db.prisma, s.staffActor, { appointmentId: a.id }, SCENARIO_NOW);
  expect(slots.length).toBeGreaterThan(5);
  for (const slot of slots) expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(at("2030-01-08T09:00:00Z").getTime());
  // Its own current time is not offered as a move.
  expect(slots.some((x) => x.start === WED_10.toISOString() && x.providerId === s.lee.id)).toBe(false);
  // Several days to choose from, and within a day times at least an hour apart.
  expect(new Set(slots.map((x) => x.start.slice(0, 10))).size).toBeGreaterThan(2);
  for (let i = 1; i < slots.length; i++) {
    if (slots[i].start.slice(0, 10) === slots[i - 1].start.slice(0, 10)) expect(Date.parse(slots[i].start) - Date.parse(slots[i - 1].start)).toBeGreaterThanOrEqual(3_600_000);
  }
  const later = await rescheduleSlots(db.prisma, s.staffActor, { appointmentId: a.id, from: "2030-01-21T00:00:00Z" }, SCENARIO_NOW);
  for (const slot of later) expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(at("2030-01-21T00:00:00Z").getTime());
});

test("`fromDate` shows the first free times on or after a local date, in order, with none skipped; outside the horizon is refused", async () => {
  const a = await bookedSession(db.prisma, s, purchase, WED_10);
  const jumped = await rescheduleSlots(db.prisma, s.staffActor, { appointmentId: a.id, fromDate: "2030-01-14" }, SCENARIO_NOW);
  expect(jumped.length).toBeGreaterThan(0);
  // London in January is UTC: the first time is on 14 Jan (a Monday the provider works) or later, all in order.
  expect(jumped[0].start.slice(0, 10)).toBe("2030-01-14");
  const starts = jumped.map((x) => x.start);
  expect(starts).toEqual([...starts].sort());
  const single = await buildAppointment(db.prisma, { patientId: s.patient.id, providerId: s.lee.id, clinicId: s.london.id, serviceId: s.physio.id, startsAt: at("2030-01-09T14:00:00Z") });
  const late = await rejection(rescheduleSlots(db.prisma, s.staffActor, { appointmentId: single.id, fromDate: "2030-03-01" }, SCENARIO_NOW));
  expect(late.code).toBe("INVALID_INPUT");
  expect(late.userMessage).toMatch(/^Free times are shown up to .+: pick a date on or before it\.$/);
  const early = await rejection(rescheduleSlots(db.prisma, s.staffActor, { appointmentId: a.id, fromDate: "2020-01-01" }, SCENARIO_NOW));
  expect(early.userMessage).toBe("Pick today or a later date.");
});

test("a single session's free times stop where the move itself would stop: four weeks from now", async () => {
  const single = await buildAppointment(db.prisma, { patientId: s.patient.id, providerId: s.lee.id, clinicId: s.london.id, serviceId: s.physio.id, startsAt: WED_10 });
  const late = await rescheduleSlots(db.prisma, s.staffActor, { appointmentId: single.id, from: "2030-02-03T00:00:00Z" }, SCENARIO_NOW);
  expect(late).toEqual([]);
  const near = await rescheduleSlots(db.prisma, s.staffActor, { appointmentId: single.id, from: "2030-01-30T00:00:00Z" }, SCENARIO_NOW);
  expect(near.length).toBeGreaterThan(0);
  for (const slot of near) expect(Date.parse(slot.end)).toBeLessThanOrEqual(at("2030-02-04T08:00:00Z").getTime());
  const moved = await rescheduleAppointment(db.prisma, s.staffActor, { appointmentId: single.id, providerId: s.lee.id, start: near[near.length - 1].start }, SCENARIO_NOW);
  expect(moved.status).toBe("SCHEDULED");
});

test("only scheduled appointments before they start; not after the package expired; not at another clinic", async () => {
  const a = await bookedSession(db.prisma, s, purchase, WED_10, { status: "CHECKED_IN" });
  expect((await rejection(move(a.id, "2030-01-09T14:00:00Z"))).userMessage).toMatch(/already checked in/);

  const expiring = await purchaseFor(db.prisma, s, { expiresAt: at("2030-01-07T07:00:00Z"), purchasedAt: at("2029-11-01T00:00:00Z") });
  const b = await bookedSession(db.prisma, s, expiring, at("2030-01-07T06:00:00Z"));
  await db.prisma.appointment.update({ where: { id: b.id }, data: { startsAt: at("2030-01-08T10:00:00Z"), endsAt: at("2030-01-08T10:45:00Z"), blockEndsAt: at("2030-01-08T11:00:00Z") } });
  expect((await rejection(move(b.id, "2030-01-09T14:00:00Z"))).code).toBe("PURCHASE_EXPIRED");

  const c = await bookedSession(db.prisma, s, purchase, at("2030-01-11T10:00:00Z"), { clinicId: s.manchester.id, providerId: s.north.id });
  expect((await rejection(move(c.id, "2030-01-09T14:00:00Z", s.north.id))).code).toBe("FORBIDDEN");
  expect((await rejection(rescheduleSlots(db.prisma, s.staffActor, { appointmentId: c.id }, SCENARIO_NOW))).code).toBe("FORBIDDEN");
});
