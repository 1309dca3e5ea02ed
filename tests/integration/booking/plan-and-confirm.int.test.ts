import { alternativesFor, autoSchedule } from "@/lib/services/booking/auto-schedule";
import { bookingOptions } from "@/lib/queries/booking/booking-options";
import { confirmPlan } from "@/lib/services/booking/confirm-plan";
import { buildAppointment, buildPatient, buildProvider } from "@/tests/factories";
import { SCENARIO_NOW } from "@/tests/factories/booking-scenario";
import { purchaseFor, rejection, useBookingScenario } from "@/tests/support/booking";
import { perTest } from "@/tests/support/per-test";

const { db, s } = useBookingScenario();
const purchase = perTest(() => purchaseFor(db.prisma, s));

const londonTime = (iso: string) => new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit", weekday: "short" }).format(new Date(iso));
const choice = ({ serviceId, providerId, clinicId, start }: { serviceId: string; providerId: string; clinicId: string; start: string }) => ({ serviceId, providerId, clinicId, start });

describe("clinic and provider filtering", () => {
  test("clinics offering every remaining service; providers working there, qualified, active, allowed, available", async () => {
    const onLeave = await buildProvider(db.prisma, {
      name: "On leave",
      clinicIds: [s.london.id],
      serviceIds: [s.physio.id],
      availability: { create: [{ clinicId: s.london.id, weekday: 1, startMinute: 540, endMinute: 1020 }] },
      timeOff: { create: [{ startsAt: new Date("2030-01-01T00:00:00Z"), endsAt: new Date("2030-12-31T00:00:00Z") }] },
    });
    const noHours = await buildProvider(db.prisma, { name: "No hours", clinicIds: [s.london.id], serviceIds: [s.physio.id] });
    const options = await bookingOptions(db.prisma, s.adminActor, { purchaseId: purchase.id }, SCENARIO_NOW);
    // Manchester offers only physiotherapy: while the assessment remains, only London offers everything.
    expect(options.clinics.map((c) => [c.name, c.coverage])).toEqual([["London", "full"]]);
    expect(options.defaults.clinicIds).toEqual([s.london.id]);
    const names = options.providers.map((p) => p.name);
    expect(names).toEqual(["Dr Lee", "Sam Patel"]);
    expect(names).not.toContain(s.retired.name);
    expect(names).not.toContain(onLeave.name);
    expect(names).not.toContain(noHours.name);
    expect(options.defaults.providerIds.sort()).toEqual([s.lee.id, s.patel.id].sort());
  });

  test("when no clinic offers everything, partial clinics are listed with what they miss", async () => {
    await db.prisma.clinicService.delete({ where: { clinicId_serviceId: { clinicId: s.london.id, serviceId: s.assessment.id } } });
    const options = await bookingOptions(db.prisma, s.adminActor, { purchaseId: purchase.id }, SCENARIO_NOW);
    expect(options.clinics.map((c) => [c.name, c.coverage, c.missingServices])).toEqual([
      ["London", "partial", ["Initial Assessment"]],
      ["Manchester", "partial", ["Initial Assessment"]],
    ]);
  });

  test("staff see only their clinics; the package's provider restriction and the patient's history shape the defaults", async () => {
    await db.prisma.packagePurchase.update({ where: { id: purchase.id }, data: { allowedProviderIds: [s.lee.id, s.north.id] } });
    await buildAppointment(db.prisma, { patientId: s.patient.id, providerId: s.lee.id, clinicId: s.london.id, serviceId: s.physio.id, startsAt: new Date("2029-06-03T09:00:00Z"), status: "COMPLETED" });
    await db.prisma.clinicService.delete({ where: { clinicId_serviceId: { clinicId: s.london.id, serviceId: s.assessment.id } } });
    const forStaff = await bookingOptions(db.prisma, s.staffActor, { purchaseId: purchase.id }, SCENARIO_NOW);
    expect(forStaff.clinics.map((c) => c.name)).toEqual(["London"]);
    expect(forStaff.providers.map((p) => [p.name, p.previous])).toEqual([["Dr Lee", true]]);
    const both = await bookingOptions(db.prisma, s.adminActor, { purchaseId: purchase.id, clinicIds: [s.london.id, s.manchester.id] }, SCENARIO_NOW);
    expect(both.providers.map((p) => p.name)).toEqual(["Dr Lee", "Jo North"]);
    expect(both.defaults.providerIds).toEqual([s.lee.id]);
  });
});

describe("Auto Schedule from database data", () => {
  test("places every session inside hours and availability, one a day, at least two days apart", async () => {
    const preview = await autoSchedule(db.prisma, s.staffActor, { purchaseId: purchase.id, clinicIds: [s.london.id], providerIds: [s.lee.id, s.patel.id] }, SCENARIO_NOW);
    expect(preview.unplaced).toEqual([]);
    expect(preview.fitWarning).toBeNull();
    expect(preview.sessions).toHaveLength(6);
    expect(preview.sessions.filter((x) => x.serviceId === s.assessment.id)).toHaveLength(1);
    for (const x of preview.sessions) {
      const [day, time] = londonTime(x.start).split(" ");
      expect(["Mon", "Tue", "Wed", "Thu", "Fri"]).toContain(day.replace(",", ""));
      expect(time >= "09:00" && time <= "16:15").toBe(true);
      if (x.providerId === s.patel.id) expect(["Mon", "Tue", "Wed"]).toContain(day.replace(",", ""));
      expect(x.timeLabel).toMatch(/^\d\d:\d\d–\d\d:\d\d GMT$/);
    }
    const days = preview.sessions.map((x) => Math.floor(Date.parse(x.start) / 86_400_000));
    for (let i = 1; i < days.length; i++) expect(days[i] - days[i - 1]).toBeGreaterThanOrEqual(2);
    expect(Date.parse(preview.sessions[0].start)).toBeGreaterThanOrEqual(SCENARIO_NOW.getTime() + 60 * 60_000);
  });

  test("existing appointments of the provider (with buffer) and of the patient are respected", async () => {
    // Dr Lee is the only one; the patient is busy Monday afternoon; Dr Lee is busy all Monday morning.
    await buildAppointment(db.prisma, { providerId: s.lee.id, clinicId: s.london.id, serviceId: s.assessment.id, startsAt: new Date("2030-01-07T09:00:00Z"), endsAt: new Date("2030-01-07T12:00:00Z"), blockEndsAt: new Date("2030-01-07T12:00:00Z") });
    const other = await buildPatient(db.prisma);
    expect(other.id).not.toBe(s.patient.id);
    await buildAppointment(db.prisma, { patientId: s.patient.id, providerId: s.north.id, clinicId: s.manchester.id, serviceId: s.physio.id, startsAt: new Date("2030-01-07T12:00:00Z"), endsAt: new Date("2030-01-07T17:00:00Z") });
    const preview = await autoSchedule(db.prisma, s.staffActor, { purchaseId: purchase.id, clinicIds: [s.london.id], providerIds: [s.lee.id] }, SCENARIO_NOW);
    expect(preview.sessions).toHaveLength(6);
    expect(preview.sessions.filter((x) => x.start.startsWith("2030-01-07"))).toEqual([]);
  });

  test("sessions that cannot fit before expiry are listed with a reason and a warning", async () => {
    await db.prisma.packagePurchase.update({ where: { id: purchase.id }, data: { expiresAt: new Date("2030-01-12T00:00:00Z") } });
    const preview = await autoSchedule(db.prisma, s.staffActor, { purchaseId: purchase.id, clinicIds: [s.london.id], providerIds: [s.lee.id, s.patel.id] }, SCENARIO_NOW);
    // Mon–Fri with two days between sessions: Mon, Wed, Fri.
    expect(preview.sessions).toHaveLength(3);
    expect(preview.unplaced.reduce((n, u) => n + u.count, 0)).toBe(3);
    expect(preview.unplaced[0].reason.length).toBeGreaterThan(20);
    expect(preview.fitWarning).toBe(
      "Only 3 of the 6 remaining sessions fit before “Physio 6” expires on 11 Jan 2030 with this selection. Add providers or clinics, or ask an administrator to extend the package.",
    );
  });

  test("a provider the filters would not offer is refused", async () => {
    const e = await rejection(autoSchedule(db.prisma, s.staffActor, { purchaseId: purchase.id, clinicIds: [s.london.id], providerIds: [s.retired.id] }, SCENARIO_NOW));
    expect(e.code).toBe("INVALID_INPUT");
    const f = await rejection(autoSchedule(db.prisma, s.staffActor, { purchaseId: purchase.id, clinicIds: [s.manchester.id], providerIds: [s.north.id] }, SCENARIO_NOW));
    expect(f.code).toBe("FORBIDDEN");
  });

  test("alternatives for one session are valid other slots", async () => {
    const preview = await autoSchedule(db.prisma, s.staffActor, { purchaseId: purchase.id, clinicIds: [s.london.id], providerIds: [s.lee.id, s.patel.id] }, SCENARIO_NOW);
    const sessions = preview.sessions.map(choice);
    const alternatives = await alternativesFor(db.prisma, s.staffActor, { purchaseId: purchase.id, clinicIds: [s.london.id], providerIds: [s.lee.id, s.patel.id], sessions, index: 2 }, SCENARIO_NOW);
    expect(alternatives.slots.length).toBeGreaterThan(0);
    for (const a of alternatives.slots) {
      expect(a.serviceId).toBe(sessions[2].serviceId);
      expect(a.start).not.toBe(sessions[2].start);
    }
  });
});

describe("Confirm", () => {
  async function planned() {
    const preview = await autoSchedule(db.prisma, s.staffActor, { purchaseId: purchase.id, clinicIds: [s.london.id], providerIds: [s.lee.id, s.patel.id] }, SCENARIO_NOW);
    return preview.sessions.map(choice);
  }

  test("books the whole plan: appointments linked to the purchase and its ledger lines, ledger debited, audited", async () => {
    const sessions = await planned();
    const batch = await confirmPlan(db.prisma, s.staffActor, { purchaseId: purchase.id, idempotencyKey: "confirm-0001", sessions }, SCENARIO_NOW);
    expect(batch).toMatchObject({ appointmentCount: 6, patientId: s.patient.id });
    const appointments = await db.prisma.appointment.findMany({ where: { batchId: batch.batchId }, include: { purchaseItem: true } });
    expect(appointments).toHaveLength(6);
    for (const a of appointments) {
      expect(a).toMatchObject({ purchaseId: purchase.id, patientId: s.patient.id, status: "SCHEDULED", createdById: s.staff.id });
      expect(a.purchaseItem!.serviceId).toBe(a.serviceId);
      const buffer = a.serviceId === s.physio.id ? 15 : 0;
      expect(a.blockEndsAt.getTime() - a.endsAt.getTime()).toBe(buffer * 60_000);
    }
    const items = await db.prisma.purchaseItem.findMany({ where: { purchaseId: purchase.id } });
    expect(Object.fromEntries(items.map((i) => [i.serviceId, i.booked]))).toEqual({ [s.assessment.id]: 1, [s.physio.id]: 5 });
    expect(await db.prisma.auditLog.count({ where: { action: "batch.confirmed", entityId: batch.batchId } })).toBe(1);
    expect(await db.prisma.auditLog.count({ where: { action: "appointment.booked" } })).toBe(6);
  });

  test("a double submit books once", async () => {
    const sessions = await planned();
    const input = { purchaseId: purchase.id, idempotencyKey: "confirm-twice", sessions };
    const [a, b] = await Promise.all([confirmPlan(db.prisma, s.staffActor, input, SCENARIO_NOW), confirmPlan(db.prisma, s.staffActor, input, SCENARIO_NOW)]);
    const c = await confirmPlan(db.prisma, s.staffActor, input, SCENARIO_NOW);
    expect(new Set([a.batchId, b.batchId, c.batchId]).size).toBe(1);
    expect(await db.prisma.appointment.count()).toBe(6);
    expect((await db.prisma.purchaseItem.findMany({ where: { purchaseId: purchase.id } })).reduce((n, i) => n + i.booked, 0)).toBe(6);
  });

  test("a slot taken between preview and confirm: nothing written, the session named", async () => {
    const sessions = await planned();
    const taken = sessions[3];
    await buildAppointment(db.prisma, { providerId: taken.providerId, clinicId: s.london.id, serviceId: s.physio.id, startsAt: new Date(taken.start) });
    const before = await db.prisma.appointment.count();
    const e = await rejection(confirmPlan(db.prisma, s.staffActor, { purchaseId: purchase.id, idempotencyKey: "confirm-taken", sessions }, SCENARIO_NOW));
    expect(e.code).toBe("SLOT_TAKEN");
    expect(e.userMessage).toMatch(/^(Physiotherapy|Initial Assessment) with (Dr Lee|Sam Patel) on .+ is no longer free\. Nothing was booked; run Auto Schedule again\.$/);
    expect(await db.prisma.appointment.count()).toBe(before);
    expect(await db.prisma.bookingBatch.count()).toBe(0);
    expect((await db.prisma.purchaseItem.findMany({ where: { purchaseId: purchase.id } })).every((i) => i.booked === 0)).toBe(true);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  test("a plan edited against the course's rules (two sessions a day apart) is refused", async () => {
    const sessions = await planned();
    const moved = { ...sessions[1], start: new Date(Date.parse(sessions[0].start) + 86_400_000).toISOString() };
    const e = await rejection(confirmPlan(db.prisma, s.staffActor, { purchaseId: purchase.id, idempotencyKey: "confirm-rule", sessions: [sessions[0], moved] }, SCENARIO_NOW));
    expect(e.code).toBe("SLOT_TAKEN");
    expect(await db.prisma.appointment.count()).toBe(0);
  });

  test("more sessions than are left, an expired or a cancelled purchase: refused, nothing written", async () => {
    const sessions = await planned();
    await db.prisma.purchaseItem.updateMany({ where: { purchaseId: purchase.id, serviceId: s.physio.id }, data: { completed: 4 } });
    const over = await rejection(confirmPlan(db.prisma, s.staffActor, { purchaseId: purchase.id, idempotencyKey: "confirm-over", sessions }, SCENARIO_NOW));
    expect(over.code).toBe("PACKAGE_EXHAUSTED"); // too many sessions is the package running out, not a slot being taken
    expect(over.userMessage).toBe("The plan has more Physiotherapy sessions than the package has left. Nothing was booked; run Auto Schedule again.");

    await db.prisma.packagePurchase.update({ where: { id: purchase.id }, data: { expiresAt: new Date("2030-01-07T07:00:00Z") } });
    const expired = await rejection(confirmPlan(db.prisma, s.staffActor, { purchaseId: purchase.id, idempotencyKey: "confirm-exp", sessions }, SCENARIO_NOW));
    expect(expired.code).toBe("PURCHASE_EXPIRED");

    await db.prisma.packagePurchase.update({ where: { id: purchase.id }, data: { status: "CANCELLED", expiresAt: new Date("2030-06-01T00:00:00Z") } });
    const cancelled = await rejection(confirmPlan(db.prisma, s.staffActor, { purchaseId: purchase.id, idempotencyKey: "confirm-can", sessions }, SCENARIO_NOW));
    expect(cancelled.code).toBe("PURCHASE_NOT_ACTIVE");
    expect(await db.prisma.appointment.count()).toBe(0);
  });

  test("after booking, the next Auto Schedule plans only what is left and keeps the course's rhythm", async () => {
    const sessions = await planned();
    await confirmPlan(db.prisma, s.staffActor, { purchaseId: purchase.id, idempotencyKey: "confirm-part", sessions: sessions.slice(0, 2) }, SCENARIO_NOW);
    const rest = await autoSchedule(db.prisma, s.staffActor, { purchaseId: purchase.id, clinicIds: [s.london.id], providerIds: [s.lee.id, s.patel.id] }, SCENARIO_NOW);
    expect(rest.sessions).toHaveLength(4);
    const booked = sessions.slice(0, 2).map((x) => Date.parse(x.start));
    for (const x of rest.sessions) for (const b of booked) expect(Math.abs(Date.parse(x.start) - b)).toBeGreaterThanOrEqual(2 * 86_400_000 - 8 * 3_600_000);
  });
});

describe("Move", () => {
  const selection = () => ({ purchaseId: purchase.id, clinicIds: [s.london.id], providerIds: [s.lee.id, s.patel.id] });
  const plannedSessions = async () => (await autoSchedule(db.prisma, s.staffActor, selection(), SCENARIO_NOW)).sessions.map(choice);
  const londonDate = (iso: string) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date(iso));

  test("alternatives come in date order over several days, a few a day, with the range they cover", async () => {
    const sessions = await plannedSessions();
    const moves = await alternativesFor(db.prisma, s.staffActor, { ...selection(), sessions, index: 5 }, SCENARIO_NOW);
    const starts = moves.slots.map((a) => a.start);
    expect(starts).toEqual([...starts].sort());
    const perDay = new Map<string, number>();
    for (const a of moves.slots) perDay.set(londonDate(a.start), (perDay.get(londonDate(a.start)) ?? 0) + 1);
    expect(perDay.size).toBeGreaterThanOrEqual(2);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(4);
    expect(moves.fromDate).toBe(moves.firstDate);
    expect(moves.rangeLabel).toMatch(/^Times from .+ to .+ \(clinic time\)$/);
  });

  test("`from` jumps to the first free times on or after a local date; before today or after expiry is refused", async () => {
    const sessions = await plannedSessions();
    const first = await alternativesFor(db.prisma, s.staffActor, { ...selection(), sessions, index: 0 }, SCENARIO_NOW);
    // A date a couple of weeks after the last session: every time offered is on or after it.
    const last = sessions[sessions.length - 1].start;
    const from = londonDate(new Date(Date.parse(last) + 14 * 86_400_000).toISOString());
    const jumped = await alternativesFor(db.prisma, s.staffActor, { ...selection(), sessions, index: 0, from }, SCENARIO_NOW);
    expect(jumped.fromDate).toBe(from);
    expect(jumped.slots.length).toBeGreaterThan(0);
    expect(jumped.slots.every((a) => londonDate(a.start) >= from)).toBe(true);
    expect(jumped.slots[0].start > first.slots[0].start).toBe(true);

    const late = await rejection(alternativesFor(db.prisma, s.staffActor, { ...selection(), sessions, index: 0, from: "2099-01-01" }, SCENARIO_NOW));
    expect(late.code).toBe("INVALID_INPUT");
    expect(late.userMessage).toMatch(/can be used until .*pick a date on or before it/);
    const early = await rejection(alternativesFor(db.prisma, s.staffActor, { ...selection(), sessions, index: 0, from: "2000-01-01" }, SCENARIO_NOW));
    expect(early.userMessage).toBe("Pick today or a later date.");
  });

  test("few times: a sentence says how many and why", async () => {
    const sessions = await plannedSessions();
    // From the package's last usable day: at most that day fits, and the sentence says so.
    const probe = await alternativesFor(db.prisma, s.staffActor, { ...selection(), sessions, index: 0 }, SCENARIO_NOW);
    const moves = await alternativesFor(db.prisma, s.staffActor, { ...selection(), sessions, index: 0, from: probe.lastDate }, SCENARIO_NOW);
    expect(moves.note).toMatch(/^(No other time fits|Only \d+ times? fits?|Times fit on only \d+ days?) between .+: .+\.$/);
  });
});
