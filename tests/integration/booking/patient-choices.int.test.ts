import { autoSchedule } from "@/lib/services/booking/auto-schedule";
import { confirmPlan } from "@/lib/services/booking/confirm-plan";
import { buildAppointment } from "@/tests/factories";
import { SCENARIO_NOW } from "@/tests/factories/booking-scenario";
import { purchaseFor, useBookingScenario } from "@/tests/support/booking";
import { perTest } from "@/tests/support/per-test";

// The Auto Schedule step's choices (what the patient said) and the group's travel time, from database data.

const { db, s } = useBookingScenario();
const purchase = perTest(() => purchaseFor(db.prisma, s));

const local = (iso: string, zone = "Europe/London") => {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: zone, weekday: "short", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return { weekday: get("weekday"), date: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
};
const selection = () => ({ purchaseId: purchase.id, clinicIds: [s.london.id], providerIds: [s.lee.id, s.patel.id] });
const noChoices = { preferredWeekdays: [], preferredWindows: [], weekdaysOnly: false, windowsOnly: false, unavailableDates: [] };

describe("Auto Schedule honours what the patient said", () => {
  test("“only Tuesday and Thursday mornings”, a holiday and a start date: every session inside them (clinic zone)", async () => {
    const choices = {
      preferredWeekdays: [2, 4],
      preferredWindows: [{ start: "09:00", end: "12:00" }],
      weekdaysOnly: true,
      windowsOnly: true,
      unavailableDates: ["2030-01-17"],
      startFrom: "2030-01-14",
    };
    const preview = await autoSchedule(db.prisma, s.staffActor, { ...selection(), choices }, SCENARIO_NOW);
    expect(preview.sessions).toHaveLength(6);
    for (const x of preview.sessions) {
      const start = local(x.start);
      const end = local(x.end);
      expect(["Tue", "Thu"]).toContain(start.weekday);
      expect(start.time >= "09:00" && end.time <= "12:00" && end.date === start.date).toBe(true);
      expect(start.date).not.toBe("2030-01-17");
      expect(start.date >= "2030-01-14").toBe(true);
    }
  });

  test("the same days as a preference only: the planner may leave them (a soft choice is not a rule)", async () => {
    const soft = { ...noChoices, preferredWeekdays: [5], preferredWindows: [{ start: "16:00", end: "17:00" }] };
    const preview = await autoSchedule(db.prisma, s.staffActor, { ...selection(), choices: soft }, SCENARIO_NOW);
    expect(preview.sessions).toHaveLength(6);
    // Fridays alone cannot hold six sessions two days apart before the first weeks are gone: other days are used.
    expect(preview.sessions.some((x) => local(x.start).weekday !== "Fri")).toBe(true);
  });

  test("hard choices that leave no room say so instead of booking outside them", async () => {
    const choices = { ...noChoices, preferredWeekdays: [6], weekdaysOnly: true };
    const preview = await autoSchedule(db.prisma, s.staffActor, { ...selection(), choices }, SCENARIO_NOW);
    expect(preview.sessions).toEqual([]);
    expect(preview.unplaced.map((u) => u.reason).join(" ")).toMatch(/the patient's availability \(/);
  });
});

describe("travel between clinics (group setting, default 60 minutes)", () => {
  async function busyInManchesterEveryTuesday() {
    // Eight Tuesdays, 09:00–11:45 at Manchester with Jo North (another course or a single session).
    for (let week = 0; week < 8; week++) {
      const day = new Date(Date.UTC(2030, 0, 8 + week * 7));
      const at = (h: number, m: number) => new Date(day.getTime() + (h * 60 + m) * 60_000);
      await buildAppointment(db.prisma, { patientId: s.patient.id, providerId: s.north.id, clinicId: s.manchester.id, serviceId: s.physio.id, startsAt: at(9, 0), endsAt: at(11, 45), blockEndsAt: at(11, 45) });
    }
  }
  const tuesdays = { ...noChoices, preferredWeekdays: [2], weekdaysOnly: true, preferredWindows: [{ start: "09:00", end: "14:30" }], windowsOnly: true };

  test("no London session within 60 minutes of the patient's Manchester appointment", async () => {
    await busyInManchesterEveryTuesday();
    const preview = await autoSchedule(db.prisma, s.staffActor, { ...selection(), choices: tuesdays, count: 4 }, SCENARIO_NOW);
    expect(preview.sessions.length).toBeGreaterThan(0);
    for (const x of preview.sessions) expect(local(x.start).time >= "12:45").toBe(true);
  });

  test("the admin's setting is what counts: with 0 minutes the same request may start right after", async () => {
    await busyInManchesterEveryTuesday();
    await db.prisma.groupSettings.upsert({ where: { id: 1 }, create: { id: 1, travelMinutes: 0 }, update: { travelMinutes: 0 } });
    const preview = await autoSchedule(db.prisma, s.staffActor, { ...selection(), choices: tuesdays, count: 4 }, SCENARIO_NOW);
    expect(preview.sessions.some((x) => local(x.start).time < "12:45")).toBe(true);
    for (const x of preview.sessions) expect(local(x.start).time >= "11:45").toBe(true);
  });

  test("Confirm re-checks the travel time: a plan made before the patient was booked elsewhere is refused, naming the session", async () => {
    const preview = await autoSchedule(db.prisma, s.staffActor, { ...selection(), choices: { ...noChoices, preferredWeekdays: [2], weekdaysOnly: true }, count: 1 }, SCENARIO_NOW);
    const [planned] = preview.sessions;
    // Meanwhile the patient is booked at Manchester, ending 30 minutes before the planned London session.
    const endsAt = new Date(Date.parse(planned.start) - 30 * 60_000);
    await buildAppointment(db.prisma, { patientId: s.patient.id, providerId: s.north.id, clinicId: s.manchester.id, serviceId: s.physio.id, startsAt: new Date(endsAt.getTime() - 45 * 60_000), endsAt, blockEndsAt: endsAt });
    const sessions = preview.sessions.map(({ serviceId, providerId, clinicId, start }) => ({ serviceId, providerId, clinicId, start }));
    await expect(confirmPlan(db.prisma, s.staffActor, { purchaseId: purchase.id, idempotencyKey: "travel-recheck-1", sessions }, SCENARIO_NOW)).rejects.toMatchObject({
      code: "SLOT_TAKEN",
      fieldErrors: { "sessions.0": expect.any(String) },
    });
    expect(await db.prisma.appointment.count({ where: { purchaseId: purchase.id } })).toBe(0);
  });
});
