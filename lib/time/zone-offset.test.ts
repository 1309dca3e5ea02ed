import { TZDate } from "@date-fns/tz";
import { addDays, startOfDay } from "date-fns";
import { localDateOf, minuteOfDay } from "@/lib/calendar/range";
import { offsetMinutes, wallClock } from "./zone-offset";
import { localDayBounds } from "./zoned";

// The memoised wall clock must read exactly what a TZDate reads, in zones with DST, half-hour and 45-minute
// offsets and transitions at midnight: through a year at an odd step, and minute by minute around two transitions.
const ZONES = ["Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Chatham", "America/Santiago", "UTC"];
const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2027, 0, 1);
const STEP = 127 * 60_000 + 13_000;
// London springs forward at 01:00 UTC on 29 March 2026; Santiago's clocks go back at midnight local on 5 April 2026.
const CLOSE_UP = [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 3, 5, 3)];

describe("memoised zone offsets", () => {
  it.each(ZONES)("read the same wall clock as TZDate in %s", (zone) => {
    const instants: number[] = [];
    for (let ms = FROM; ms < TO; ms += STEP) instants.push(ms);
    for (const at of CLOSE_UP) for (let ms = at - 90 * 60_000; ms < at + 90 * 60_000; ms += 60_000) instants.push(ms);
    for (const ms of instants) {
      const t = new TZDate(ms, zone);
      const expected = `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, "0")}-${String(t.getDate()).padStart(2, "0")} ${t.getHours() * 60 + t.getMinutes()}`;
      const instant = new Date(ms);
      expect(`${localDateOf(instant, zone)} ${minuteOfDay(instant, zone)}`).toBe(expected);
    }
  });

  it("gives the offset in minutes and the wall clock as UTC fields", () => {
    expect(offsetMinutes(Date.UTC(2026, 6, 1, 12), "Europe/London")).toBe(60);
    expect(offsetMinutes(Date.UTC(2026, 11, 1, 12), "America/New_York")).toBe(-300);
    expect(wallClock(new Date("2026-03-29T00:59:00Z"), "Europe/London").toISOString()).toBe("2026-03-29T00:59:00.000Z");
    expect(wallClock(new Date("2026-03-29T01:00:00Z"), "Europe/London").toISOString()).toBe("2026-03-29T02:00:00.000Z");
  });

  it.each(ZONES)("bound each local day as TZDate's startOfDay does in %s", (zone) => {
    for (let ms = FROM; ms < TO; ms += 11 * 3_600_000 + 1_000) {
      const local = startOfDay(new TZDate(ms, zone));
      const { start, end } = localDayBounds(new Date(ms), zone);
      expect([start.getTime(), end.getTime()]).toEqual([local.getTime(), addDays(local, 1).getTime()]);
    }
  });
});
