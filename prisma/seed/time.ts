// Calendar helpers for the seed. A "day" is a local calendar date written as a day number (days since
// 1970-01-01); local wall times are minutes after local midnight, as in the schema.
import { TZDate } from "@date-fns/tz";

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

/** The UTC calendar day of an instant. */
export function utcDayOf(instant: Date): number {
  return Math.floor(instant.getTime() / MS_PER_DAY);
}

/** The local calendar day of an instant in an IANA zone. */
export function localDayOf(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get("year"), get("month") - 1, get("day")) / MS_PER_DAY;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: number): number {
  return ((day + 3) % 7 + 7) % 7 + 1;
}

/** Monday-based week index, for "at most N per week". */
export function isoWeekIndex(day: number): number {
  return Math.floor((day + 3) / 7);
}

export function dayFromYmd(year: number, month: number, dayOfMonth: number): number {
  return Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY;
}

export function ymdOf(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A `@db.Date` value: UTC midnight of the calendar day. */
export function dateOnly(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

export function isoDate(day: number): string {
  return dateOnly(day).toISOString().slice(0, 10);
}

/** The UTC instant of a local wall-clock time (minutes after local midnight) on a local day in a zone. */
export function localToUtc(day: number, minute: number, timeZone: string): Date {
  const { year, month, day: dom } = ymdOf(day);
  const local = new TZDate(year, month - 1, dom, Math.floor(minute / 60), minute % 60, 0, timeZone);
  return new Date(local.getTime());
}

export function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

export function minuteOf(text: string): number {
  const [h, m] = text.split(":").map(Number);
  return h * 60 + m;
}

// ---------------------------------------------------------------------------------------------------------------
// Public holidays, computed for any year so closures always land in the months around `now`.

export interface Holiday {
  day: number;
  name: string;
}

/** Easter Sunday (anonymous Gregorian algorithm). */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dom = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromYmd(year, month, dom);
}

/** The n-th (1-based) ISO weekday of a month; n = -1 for the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = dayFromYmd(year, month, 1);
    const offset = (weekday - isoWeekday(first) + 7) % 7;
    return first + offset + (n - 1) * 7;
  }
  const last = dayFromYmd(year, month + 1, 1) - 1;
  const offset = (isoWeekday(last) - weekday + 7) % 7;
  return last - offset;
}

/** Next weekday on or after `day` that is not already taken (UK "substitute day" rule). */
function substitute(day: number, taken: Set<number>): number {
  let d = day;
  while (isoWeekday(d) >= 6 || taken.has(d)) d += 1;
  return d;
}

/** Bank holidays in England and Wales. */
export function ukBankHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const taken = new Set<number>();
  const out: Holiday[] = [];
  const add = (day: number, name: string) => {
    taken.add(day);
    out.push({ day, name });
  };
  add(substitute(dayFromYmd(year, 1, 1), taken), "New Year's Day");
  add(easter - 2, "Good Friday");
  add(easter + 1, "Easter Monday");
  add(nthWeekday(year, 5, 1, 1), "Early May bank holiday");
  add(nthWeekday(year, 5, 1, -1), "Spring bank holiday");
  add(nthWeekday(year, 8, 1, -1), "Summer bank holiday");
  add(substitute(dayFromYmd(year, 12, 25), taken), "Christmas Day");
  add(substitute(dayFromYmd(year, 12, 26), taken), "Boxing Day");
  return out;
}

/** US federal holidays a private clinic typically closes for (observed dates). */
export function usHolidays(year: number): Holiday[] {
  const observed = (day: number) => {
    const wd = isoWeekday(day);
    return wd === 6 ? day - 1 : wd === 7 ? day + 1 : day;
  };
  return [
    { day: observed(dayFromYmd(year, 1, 1)), name: "New Year's Day" },
    { day: nthWeekday(year, 1, 1, 3), name: "Martin Luther King Jr. Day" },
    { day: nthWeekday(year, 5, 1, -1), name: "Memorial Day" },
    { day: observed(dayFromYmd(year, 6, 19)), name: "Juneteenth" },
    { day: observed(dayFromYmd(year, 7, 4)), name: "Independence Day" },
    { day: nthWeekday(year, 9, 1, 1), name: "Labor Day" },
    { day: nthWeekday(year, 11, 4, 4), name: "Thanksgiving Day" },
    { day: nthWeekday(year, 11, 4, 4) + 1, name: "Day after Thanksgiving" },
    { day: observed(dayFromYmd(year, 12, 25)), name: "Christmas Day" },
  ];
}
