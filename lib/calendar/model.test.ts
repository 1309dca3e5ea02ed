import { buildCalendar, rangeTitle, type CalendarInput } from "./model";
import { rangeBounds, visibleDays } from "./range";

const ZONE = "Europe/London";
const h = (hours: number, minutes = 0) => hours * 60 + minutes;
const weekdays = (days: number[], start: number, end: number) => days.map((weekday) => ({ weekday, startMinute: start, endMinute: end }));

function input(over: Partial<CalendarInput> = {}): CalendarInput {
  return {
    view: "week",
    days: visibleDays("week", "2026-03-25"),
    providerId: null,
    showCancelled: false,
    clinic: {
      id: "c1",
      timeZone: ZONE,
      hours: [...weekdays([1, 2, 3, 4, 5], h(8), h(19)), ...weekdays([6], h(9), h(13))],
      closures: [{ date: "2026-03-27", reason: "Staff training" }],
      policy: { lateCancelWindowHours: 24, lateCancelForfeits: true, noShowForfeits: true },
    },
    providers: [
      { id: "p1", name: "Sarah Whitfield", title: "Physiotherapist", availability: weekdays([1, 2, 3], h(9), h(17)) },
      { id: "p2", name: "Aisha Bello", title: null, availability: weekdays([4], h(8), h(12)) },
    ],
    appointments: [],
    now: new Date("2026-03-24T12:00:00Z"),
    ...over,
  };
}

const appt = (id: string, start: string, minutes: number, over: Partial<CalendarInput["appointments"][number]> = {}): CalendarInput["appointments"][number] => ({
  id,
  startsAt: new Date(start),
  endsAt: new Date(Date.parse(start) + minutes * 60_000),
  status: "SCHEDULED",
  purchaseId: null,
  packageName: null,
  messages: [],
  patient: { id: `pt-${id}`, name: `Patient ${id}` },
  service: { name: "Physiotherapy", colour: "#2563eb" },
  provider: { id: "p1", name: "Sarah Whitfield" },
  ...over,
});

describe("calendar model", () => {
  it("draws a week as seven days on the opening-hours axis, with closures and closed weekdays", () => {
    const model = buildCalendar(input());
    expect(model.columns.map((c) => c.date)).toEqual(visibleDays("week", "2026-03-25"));
    expect(model.axis).toEqual({ start: h(8), end: h(19) });
    expect(model.columns[4].closure).toEqual({ reason: "Staff training" });
    expect(model.columns[6].closure).toEqual({ reason: null }); // Sunday: no opening hours
    expect(model.columns[5].closedSpans).toEqual([
      { start: h(8), end: h(9) },
      { start: h(13), end: h(19) },
    ]);
    expect(model.today).toBe("2026-03-24");
    expect(model.columns[1].date).toBe(model.today);
  });

  it("places appointments by their wall-clock time on both sides of the spring-forward night", () => {
    const days = [...visibleDays("week", "2026-03-25"), ...visibleDays("week", "2026-03-30")];
    const model = buildCalendar(
      input({
        days,
        appointments: [appt("gmt", "2026-03-27T09:00:00Z", 45), appt("bst", "2026-03-30T08:00:00Z", 45)],
        clinic: { ...input().clinic, closures: [] },
      }),
    );
    const block = (id: string) => model.columns.flatMap((c) => c.blocks.map((b) => ({ ...b, date: c.date }))).find((b) => b.id === id)!;
    expect(block("gmt")).toMatchObject({ date: "2026-03-27", start: h(9), end: h(9, 45), timeLabel: "09:00–09:45" });
    expect(block("bst")).toMatchObject({ date: "2026-03-30", start: h(9), end: h(9, 45), timeLabel: "09:00–09:45" });
    expect(block("bst").label).toBe("09:00 Patient bst — Physiotherapy · Sarah Whitfield (Scheduled)");
  });

  it("widens the axis to an appointment outside opening hours and lays overlaps side by side", () => {
    const model = buildCalendar(
      input({
        appointments: [
          appt("early", "2026-03-24T07:15:00Z", 30),
          appt("a", "2026-03-24T10:00:00Z", 60),
          appt("b", "2026-03-24T10:30:00Z", 45, { provider: { id: "p2", name: "Aisha Bello" } }),
        ],
      }),
    );
    expect(model.axis.start).toBe(h(7));
    const tuesday = model.columns[1].blocks;
    expect(tuesday.map((b) => [b.id, b.lane, b.lanes])).toEqual([
      ["early", 0, 1],
      ["a", 0, 2],
      ["b", 1, 2],
    ]);
  });

  it("hides cancelled appointments unless asked, and counts them", () => {
    const appointments = [appt("x", "2026-03-24T10:00:00Z", 45, { status: "CANCELLED" }), appt("y", "2026-03-24T11:00:00Z", 45)];
    expect(buildCalendar(input({ appointments })).hiddenCancelled).toBe(1);
    expect(buildCalendar(input({ appointments })).columns[1].blocks.map((b) => b.id)).toEqual(["y"]);
    expect(buildCalendar(input({ appointments, showCancelled: true })).columns[1].blocks.map((b) => b.id)).toEqual(["x", "y"]);
  });

  it("offers only the actions the lifecycle allows at `now`", () => {
    const model = buildCalendar(
      input({
        appointments: [
          appt("past", "2026-03-23T10:00:00Z", 45),
          appt("soon", "2026-03-24T15:00:00Z", 45, { purchaseId: "pu1", packageName: "Physio 6" }),
          appt("done", "2026-03-23T11:00:00Z", 45, { status: "COMPLETED" }),
        ],
      }),
    );
    const actions = Object.fromEntries(model.columns.flatMap((c) => c.blocks).map((b) => [b.id, b.actions]));
    expect(actions.past).toMatchObject({ checkIn: true, complete: true, noShow: true, reschedule: false, cancel: false });
    expect(actions.soon).toMatchObject({ checkIn: true, complete: true, noShow: false, reschedule: true, cancel: true });
    expect(actions.soon.lateCancelWarning).toMatch(/forfeited/);
    expect(actions.soon.lateCancelFrom).toBe("2026-03-23T15:00:00.000Z");
    expect(actions.done).toMatchObject({ checkIn: false, complete: false, noShow: false, reschedule: false, cancel: false });
  });

  it("shows a day as one column per provider working there that day, or booked there", () => {
    const day = (date: string, appointments: CalendarInput["appointments"] = [], providerId: string | null = null) =>
      buildCalendar(input({ view: "day", days: [date], appointments, providerId }));
    expect(day("2026-03-24").columns.map((c) => c.heading)).toEqual(["Sarah Whitfield"]);
    expect(day("2026-03-26").columns.map((c) => [c.heading, c.openSpans])).toEqual([["Aisha Bello", [{ start: h(8), end: h(12) }]]]);
    // Booked on a day off (e.g. before the rota changed): still shown, as closed time.
    const thursday = day("2026-03-26", [appt("z", "2026-03-26T14:00:00Z", 45)]);
    expect(thursday.columns.map((c) => c.heading)).toEqual(["Aisha Bello", "Sarah Whitfield"]);
    expect(thursday.columns[1].openSpans).toEqual([]);
    expect(day("2026-03-24", [], "p2").columns.map((c) => [c.heading, c.providerName])).toEqual([["Aisha Bello", "Aisha Bello"]]);
  });

  it("uses the clinic's zone for the range it loads", () => {
    const { start, end } = rangeBounds(input().days, ZONE);
    expect([start.toISOString(), end.toISOString()]).toEqual(["2026-03-23T00:00:00.000Z", "2026-03-29T23:00:00.000Z"]);
  });

  it("titles a day or a week", () => {
    expect(rangeTitle(["2026-11-30"])).toBe("Monday, 30 November 2026");
    expect(rangeTitle(visibleDays("week", "2026-03-25"))).toBe("23 – 29 March 2026");
    expect(rangeTitle(visibleDays("week", "2026-12-02"))).toBe("30 November – 6 December 2026");
    expect(rangeTitle(visibleDays("week", "2026-12-31"))).toBe("28 December 2026 – 3 January 2027");
  });
  it("gives appointments in the same state one shared actions object (sent to the browser once)", () => {
    const model = buildCalendar(
      input({
        appointments: [
          appt("a", "2026-03-23T09:00:00Z", 45, { status: "COMPLETED" }),
          appt("b", "2026-03-23T11:00:00Z", 45, { status: "COMPLETED" }),
          appt("c", "2026-03-23T13:00:00Z", 45, { status: "COMPLETED", purchaseId: "pu1", packageName: "Physio 6" }),
          appt("d", "2026-03-26T13:00:00Z", 45),
        ],
      }),
    );
    const [a, b, c] = model.columns[0].blocks;
    const [d] = model.columns[3].blocks;
    expect(a.actions).toBe(b.actions);
    expect(a.actions).toEqual({ ...b.actions });
    expect(c.actions).not.toBe(a.actions); // a package session: the no-show notice differs
    expect(c.actions.noShowNotice).not.toBeNull();
    expect(d.actions.reschedule).toBe(true); // still ahead: its own actions
  });
});
