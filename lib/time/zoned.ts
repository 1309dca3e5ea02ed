import { TZDate } from "@date-fns/tz";
import { addDays, startOfDay } from "date-fns";
import { wallClock } from "./zone-offset";

const dayBounds = new Map<string, { start: number; end: number }>();

/**
 * The UTC instants bounding the local calendar day that contains `instant` in `timeZone` (23 or 25 h across DST).
 * Remembered per zone and local date (pages ask it for every appointment they list; a TZDate costs many Intl calls):
 * pure results, safe to share between requests, bounded by clearing.
 */
export function localDayBounds(instant: Date, timeZone: string): { start: Date; end: Date } {
  const key = `${timeZone}|${wallClock(instant, timeZone).toISOString().slice(0, 10)}`;
  let bounds = dayBounds.get(key);
  if (!bounds) {
    const local = startOfDay(new TZDate(instant.getTime(), timeZone));
    bounds = { start: local.getTime(), end: addDays(local, 1).getTime() };
    if (dayBounds.size >= 10_000) dayBounds.clear();
    dayBounds.set(key, bounds);
  }
  return { start: new Date(bounds.start), end: new Date(bounds.end) };
}

/**
 * "2027-03-28T01:30" on the wall clock of `timeZone` → the UTC instant, or null when that wall-clock time never
 * happens there (it falls in the hour skipped when clocks go forward). An ambiguous time (clocks going back) is
 * resolved as TZDate does (the later instant).
 */
export function wallClockToUtc(local: string, timeZone: string): Date | null {
  const [date, time] = local.split("T");
  const [y, m, d] = date.split("-").map(Number);
  const [h, min] = time.split(":").map(Number);
  const zoned = new TZDate(y, m - 1, d, h, min, timeZone);
  const exists = zoned.getFullYear() === y && zoned.getMonth() === m - 1 && zoned.getDate() === d && zoned.getHours() === h && zoned.getMinutes() === min;
  return exists ? new Date(zoned.getTime()) : null;
}

/** Why a wall-clock time that wallClockToUtc refused cannot be used, as a sentence for the form. */
export function skippedTimeMessage(local: string, timeZone: string): string {
  const [date, time] = local.split("T");
  const day = new Date(`${date}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return `${time} on ${day} does not exist in ${timeZone}: the clocks go forward and skip that time. Choose a time before or after the change.`;
}

/** The instant a local calendar date ("2026-03-29") begins in `timeZone`. */
export function localDateStart(date: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(new TZDate(y, m - 1, d, timeZone).getTime());
}
