import { TZDate } from "@date-fns/tz";
import { addDays, startOfDay } from "date-fns";

/** The UTC instants bounding the local calendar day that contains `instant` in `timeZone` (23 or 25 h across DST). */
export function localDayBounds(instant: Date, timeZone: string): { start: Date; end: Date } {
  const local = startOfDay(new TZDate(instant.getTime(), timeZone));
  return { start: new Date(local.getTime()), end: new Date(addDays(local, 1).getTime()) };
}

/** The instant a local calendar date ("2026-03-29") begins in `timeZone`. */
export function localDateStart(date: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(new TZDate(y, m - 1, d, timeZone).getTime());
}
