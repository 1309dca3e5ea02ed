import { formatDay, isoWeekday, parseLocalDate, parseLocalTime, weekStart } from "./calendar";

describe("calendar", () => {
  it("parses real dates only", () => {
    expect(formatDay(parseLocalDate("2026-03-29")!)).toBe("2026-03-29");
    expect(parseLocalDate("2026-02-30")).toBeNull();
    expect(parseLocalDate("2026-3-1")).toBeNull();
  });
  it("knows ISO weekdays and weeks", () => {
    const mon = parseLocalDate("2026-03-02")!;
    expect(isoWeekday(mon)).toBe(1);
    expect(isoWeekday(mon + 6)).toBe(7);
    expect(weekStart(mon + 6)).toBe(mon);
    expect(weekStart(mon + 7)).toBe(mon + 7);
  });
  it("parses HH:MM, with 24:00 only as an end", () => {
    expect(parseLocalTime("09:30", false)).toBe(570);
    expect(parseLocalTime("24:00", false)).toBeNull();
    expect(parseLocalTime("24:00", true)).toBe(1440);
    expect(parseLocalTime("9:30", false)).toBeNull();
    expect(parseLocalTime("23:60", false)).toBeNull();
  });
});
