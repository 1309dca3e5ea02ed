import {
  addDays,
  localDateOf,
  minuteOfDay,
  parseCalendarDate,
  parseCalendarView,
  rangeBounds,
  shiftDate,
  visibleDays,
  weekdayOf,
  zonedInstant,
} from "./range";

const HOUR = 3_600_000;

describe("calendar range", () => {
  it("accepts real dates and known views only", () => {
    expect(parseCalendarDate("2026-03-29")).toBe("2026-03-29");
    expect(parseCalendarDate("2026-02-30")).toBeNull();
    expect(parseCalendarDate("29/03/2026")).toBeNull();
    expect(parseCalendarDate(undefined)).toBeNull();
    expect(parseCalendarView("day")).toBe("day");
    expect(parseCalendarView("month")).toBe("week");
    expect(parseCalendarView(null)).toBe("week");
  });

  it("shows Monday to Sunday of the ISO week, across months and years", () => {
    expect(visibleDays("week", "2026-03-29")).toEqual([
      "2026-03-23",
      "2026-03-24",
      "2026-03-25",
      "2026-03-26",
      "2026-03-27",
      "2026-03-28",
      "2026-03-29",
    ]);
    expect(visibleDays("week", "2027-01-01")[0]).toBe("2026-12-28");
    expect(visibleDays("day", "2026-03-29")).toEqual(["2026-03-29"]);
    expect(weekdayOf("2026-03-23")).toBe(1);
    expect(weekdayOf("2026-03-29")).toBe(7);
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
  });

  it("steps a day or a week at a time", () => {
    expect(shiftDate("day", "2026-03-01", -1)).toBe("2026-02-28");
    expect(shiftDate("week", "2026-03-25", 1)).toBe("2026-04-01");
  });

  it("bounds the London week in which the clocks go forward (23 March – 29 March 2026)", () => {
    const { start, end } = rangeBounds(visibleDays("week", "2026-03-25"), "Europe/London");
    expect(start.toISOString()).toBe("2026-03-23T00:00:00.000Z");
    expect(end.toISOString()).toBe("2026-03-29T23:00:00.000Z"); // Monday 00:00 BST
    expect((end.getTime() - start.getTime()) / HOUR).toBe(7 * 24 - 1);
  });

  it("bounds the New York week of 8 March 2026 and its 23-hour Sunday", () => {
    const week = rangeBounds(visibleDays("week", "2026-03-08"), "America/New_York");
    expect(week.start.toISOString()).toBe("2026-03-02T05:00:00.000Z");
    expect(week.end.toISOString()).toBe("2026-03-09T04:00:00.000Z");
    const sunday = rangeBounds(["2026-03-08"], "America/New_York");
    expect((sunday.end.getTime() - sunday.start.getTime()) / HOUR).toBe(23);
  });

  it("gives the autumn day its 25 hours", () => {
    const { start, end } = rangeBounds(["2026-10-25"], "Europe/London");
    expect((end.getTime() - start.getTime()) / HOUR).toBe(25);
  });

  it("turns wall-clock minutes into instants and back, on both sides of a DST change", () => {
    expect(zonedInstant("2026-03-27", 9 * 60, "Europe/London").toISOString()).toBe("2026-03-27T09:00:00.000Z");
    expect(zonedInstant("2026-03-30", 9 * 60, "Europe/London").toISOString()).toBe("2026-03-30T08:00:00.000Z");
    expect(zonedInstant("2026-03-09", 9 * 60 + 30, "America/New_York").toISOString()).toBe("2026-03-09T13:30:00.000Z");
    expect(zonedInstant("2026-03-29", 1440, "Europe/London").toISOString()).toBe("2026-03-29T23:00:00.000Z");

    const monday = new Date("2026-03-30T08:15:00.000Z");
    expect(localDateOf(monday, "Europe/London")).toBe("2026-03-30");
    expect(minuteOfDay(monday, "Europe/London")).toBe(9 * 60 + 15);
    // 02:30 UTC on 9 March is still the evening of the 8th in New York (EDT, UTC−4).
    const late = new Date("2026-03-09T02:30:00.000Z");
    expect(localDateOf(late, "America/New_York")).toBe("2026-03-08");
    expect(minuteOfDay(late, "America/New_York")).toBe(22 * 60 + 30);
  });

  it("resolves a time skipped by the spring-forward gap to just after it", () => {
    // 01:30 does not exist in London on 29 March 2026; 02:00 BST = 01:00 UTC.
    expect(zonedInstant("2026-03-29", 90, "Europe/London").getTime()).toBeGreaterThanOrEqual(Date.parse("2026-03-29T01:00:00.000Z"));
  });
});
