import { clinicDay, openingSpansOn, type OpeningFacts } from "./opening";

// Monday to Friday 09:00–17:00 with a lunch break on Wednesdays, Saturday mornings; closed on Sundays.
const WEEKDAYS: OpeningFacts["hours"] = [
  ...[1, 2, 4, 5].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 17 * 60 })),
  { weekday: 3, startMinute: 13 * 60, endMinute: 17 * 60 },
  { weekday: 3, startMinute: 8 * 60, endMinute: 12 * 60 },
  { weekday: 6, startMinute: 10 * 60, endMinute: 13 * 60 },
];
const noClosures: OpeningFacts = { hours: WEEKDAYS, closures: [] };

describe("clinic opening days", () => {
  it("lists a day's opening spans earliest first, none on a closure", () => {
    expect(openingSpansOn("2026-12-09", noClosures)).toEqual([
      { start: 480, end: 720 },
      { start: 780, end: 1020 },
    ]);
    expect(openingSpansOn("2026-12-06", noClosures)).toEqual([]);
    expect(openingSpansOn("2026-12-09", { hours: WEEKDAYS, closures: [{ date: "2026-12-09", reason: null }] })).toEqual([]);
  });

  it("is open on an opening day, in the clinic's own calendar", () => {
    // 23:30 on Saturday 31 October in New York is already Sunday 1 November in UTC.
    expect(clinicDay(new Date("2026-11-01T03:30:00Z"), "America/New_York", noClosures)).toEqual({ today: "2026-10-31", open: true, closedReason: null, next: null });
  });

  it("on a Sunday names Monday and its first opening minute", () => {
    expect(clinicDay(new Date("2026-12-06T10:00:00Z"), "Europe/London", noClosures)).toEqual({
      today: "2026-12-06",
      open: false,
      closedReason: null,
      next: { date: "2026-12-07", opensAt: 540 },
    });
  });

  it("skips closures and gives today's closure reason", () => {
    const facts: OpeningFacts = {
      hours: WEEKDAYS,
      closures: [
        { date: "2026-12-24", reason: "Christmas Eve" },
        { date: "2026-12-25", reason: "Christmas Day" },
        { date: "2026-12-28", reason: null },
      ],
    };
    // Thursday 24 (closed), Friday 25 (closed), Saturday 26 opens at 10:00.
    expect(clinicDay(new Date("2026-12-24T12:00:00Z"), "Europe/London", facts)).toEqual({
      today: "2026-12-24",
      open: false,
      closedReason: "Christmas Eve",
      next: { date: "2026-12-26", opensAt: 600 },
    });
    // Sunday 27, Monday 28 closed: Tuesday 29.
    expect(clinicDay(new Date("2026-12-27T12:00:00Z"), "Europe/London", facts).next).toEqual({ date: "2026-12-29", opensAt: 540 });
  });

  it("counts days across a DST change in the clinic's zone", () => {
    // London's clocks go forward at 01:00 UTC on Sunday 29 March 2026; 00:30 UTC is still Sunday (GMT), not Saturday.
    expect(clinicDay(new Date("2026-03-29T00:30:00Z"), "Europe/London", noClosures)).toMatchObject({ today: "2026-03-29", open: false, next: { date: "2026-03-30", opensAt: 540 } });
    // New York's clocks go back at 06:00 UTC on Sunday 1 November 2026: 05:30 UTC is 01:30 EDT on that Sunday, and
    // the next open day is Monday 2 November — not Tuesday, although the Sunday has 25 hours.
    const electionDay: OpeningFacts = { hours: WEEKDAYS, closures: [{ date: "2026-11-03", reason: "Election day" }] };
    expect(clinicDay(new Date("2026-11-01T05:30:00Z"), "America/New_York", electionDay)).toMatchObject({ today: "2026-11-01", next: { date: "2026-11-02" } });
    // Late on that Sunday in New York (already Monday in UTC) it is still Sunday there.
    expect(clinicDay(new Date("2026-11-02T04:30:00Z"), "America/New_York", noClosures)).toMatchObject({ today: "2026-11-01", open: false, next: { date: "2026-11-02" } });
  });

  it("finds no next open day when the clinic has no hours or is closed beyond the horizon", () => {
    expect(clinicDay(new Date("2026-12-07T12:00:00Z"), "Europe/London", { hours: [], closures: [] }).next).toBeNull();
    const longClosure = { hours: WEEKDAYS, closures: Array.from({ length: 10 }, (_, i) => ({ date: `2026-12-${String(7 + i).padStart(2, "0")}`, reason: "Refurbishment" })) };
    expect(clinicDay(new Date("2026-12-07T12:00:00Z"), "Europe/London", longClosure, 5)).toEqual({ today: "2026-12-07", open: false, closedReason: "Refurbishment", next: null });
    expect(clinicDay(new Date("2026-12-07T12:00:00Z"), "Europe/London", longClosure).next).toEqual({ date: "2026-12-17", opensAt: 540 });
  });
});
