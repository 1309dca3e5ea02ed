// Calendar arithmetic on "day numbers": days since 1970-01-01 of a *local* date. Working in plain integers keeps
// the planner's inner loops free of Date objects and of any time zone.

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a `YYYY-MM-DD` local date, or null when the text is not a real calendar date. */
export function parseLocalDate(text: string): number | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7 + 1;
}

/** The Monday of the ISO week containing `day`; two days share an ISO week iff they share this number. */
export function weekStart(day: number): number {
  return day - (isoWeekday(day) - 1);
}

const HHMM_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after local midnight of an `HH:MM` time; `24:00` only when `allowEndOfDay`. */
export function parseLocalTime(text: string, allowEndOfDay: boolean): number | null {
  if (allowEndOfDay && text === "24:00") return 1440;
  const m = HHMM_RE.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}
