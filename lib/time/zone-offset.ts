import { tzOffset } from "@date-fns/tz";

// Wall-clock parts of an instant in a zone, fast: a page that lays out hundreds of appointments asks for the local
// date and minute of each, and a TZDate costs several Intl calls per question (most of the calendar's layout time).
// Offsets only change at a zone's transitions, which fall on quarter hours, so one Intl call per zone and quarter
// hour is exact. The memo is a pure function's results (same zone and quarter hour → same offset, whoever asks),
// so sharing it between concurrent requests is safe; it is bounded by clearing it when it grows large.

const QUARTER_HOUR_MS = 900_000;
const MAX_ENTRIES = 50_000;
const memo = new Map<string, number>();

/** The zone's offset from UTC at `ms`, in minutes (e.g. 60 for London in summer, -300 for New York in winter). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(ms / QUARTER_HOUR_MS)}`;
  let offset = memo.get(key);
  if (offset === undefined) {
    if (memo.size >= MAX_ENTRIES) memo.clear();
    offset = tzOffset(timeZone, new Date(ms));
    memo.set(key, offset);
  }
  return offset;
}

/** The wall clock of an instant in a zone, as a Date whose UTC fields read that wall clock. */
export function wallClock(instant: Date, timeZone: string): Date {
  const ms = instant.getTime();
  return new Date(ms + offsetMinutes(ms, timeZone) * 60_000);
}
