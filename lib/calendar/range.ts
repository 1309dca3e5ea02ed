import { TZDate } from "@date-fns/tz";
import { formatDay, isoWeekday, parseLocalDate, weekStart } from "@/lib/scheduling/calendar";
import { wallClock } from "@/lib/time/zone-offset";

// The calendar works on local dates ("YYYY-MM-DD" in the clinic's zone) and wall-clock minutes; instants are
// only made at the edges (the query's range, the start time handed to the booking dialog). Safe in the browser.

export type CalendarView = "day" | "week";

/** A real calendar date as `YYYY-MM-DD`, or null. */
export function parseCalendarDate(text: string | null | undefined): string | null {
  return text && parseLocalDate(text) !== null ? text : null;
}

export function parseCalendarView(text: string | null | undefined): CalendarView {
  return text === "day" ? "day" : "week";
}

export function addDays(date: string, n: number): string {
  return formatDay(parseLocalDate(date)! + n);
}

/** ISO weekday of a local date, 1 = Monday … 7 = Sunday (the numbering of ClinicHours and availability). */
export function weekdayOf(date: string): number {
  return isoWeekday(parseLocalDate(date)!);
}

/** The local date of an instant in a zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  const t = wallClock(instant, timeZone);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Wall-clock minutes after local midnight (what a calendar grid positions by, also on DST days). */
export function minuteOfDay(instant: Date, timeZone: string): number {
  const t = wallClock(instant, timeZone);
  return t.getUTCHours() * 60 + t.getUTCMinutes();
}

/** The instant of a wall-clock minute on a local date; a time skipped by DST resolves to just after the gap. */
export function zonedInstant(date: string, minute: number, timeZone: string): Date {
  if (minute >= 1440) return zonedInstant(addDays(date, Math.floor(minute / 1440)), minute % 1440, timeZone);
  const [y, m, d] = date.split("-").map(Number);
  return new Date(new TZDate(y, m - 1, d, Math.floor(minute / 60), minute % 60, timeZone).getTime());
}

/** The local dates a view shows: the day itself, or Monday to Sunday of its ISO week. */
export function visibleDays(view: CalendarView, date: string): string[] {
  if (view === "day") return [date];
  const monday = weekStart(parseLocalDate(date)!);
  return Array.from({ length: 7 }, (_, i) => formatDay(monday + i));
}

/** [start, end) in UTC of the local days shown: 7 × 24 h give or take the DST hour. */
export function rangeBounds(days: string[], timeZone: string): { start: Date; end: Date } {
  return { start: zonedInstant(days[0], 0, timeZone), end: zonedInstant(addDays(days[days.length - 1], 1), 0, timeZone) };
}

/** The date the previous / next button goes to. */
export function shiftDate(view: CalendarView, date: string, direction: -1 | 1): string {
  return addDays(date, direction * (view === "day" ? 1 : 7));
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
