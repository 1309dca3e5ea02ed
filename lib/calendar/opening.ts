import { addDays, localDateOf, weekdayOf } from "./range";

// Whether a clinic opens on a local date, and the next date it does: weekly opening hours minus closures, on the
// clinic's own calendar (a date is "YYYY-MM-DD" in its zone). Pure, so Today's "closed" notice is tested without a DB.

export type OpeningFacts = {
  /** Weekly opening hours (ISO weekday 1 = Monday … 7 = Sunday); several spans a day allowed. */
  hours: { weekday: number; startMinute: number; endMinute: number }[];
  /** Closed local dates (with the reason the admin gave) within the horizon looked at. */
  closures: { date: string; reason: string | null }[];
};

/** How far ahead the next open day is looked for (and closures loaded): a quarter covers any holiday season. */
export const OPENING_HORIZON_DAYS = 92;

export type ClinicDay = {
  /** The clinic's local date now. */
  today: string;
  open: boolean;
  /** When closed today: the reason of a closure (null when it is simply not an opening day, or none was given). */
  closedReason: string | null;
  /** When closed today: the next open local date within the horizon, with its first opening minute; null if none. */
  next: { date: string; opensAt: number } | null;
};

/** The opening spans of a local date, earliest first (none on a closure or a weekday without hours). */
export function openingSpansOn(date: string, facts: OpeningFacts): { start: number; end: number }[] {
  if (facts.closures.some((c) => c.date === date)) return [];
  const weekday = weekdayOf(date);
  return facts.hours
    .filter((h) => h.weekday === weekday && h.endMinute > h.startMinute)
    .map((h) => ({ start: h.startMinute, end: h.endMinute }))
    .sort((a, b) => a.start - b.start);
}

/** Today at the clinic (in its zone) and, when it is closed, the next day it opens. */
export function clinicDay(now: Date, timeZone: string, facts: OpeningFacts, horizonDays = OPENING_HORIZON_DAYS): ClinicDay {
  const today = localDateOf(now, timeZone);
  if (openingSpansOn(today, facts).length > 0) return { today, open: true, closedReason: null, next: null };
  const closedReason = facts.closures.find((c) => c.date === today)?.reason ?? null;
  for (let i = 1; i <= horizonDays; i++) {
    const date = addDays(today, i);
    const spans = openingSpansOn(date, facts);
    if (spans.length > 0) return { today, open: false, closedReason, next: { date, opensAt: spans[0].start } };
  }
  return { today, open: false, closedReason, next: null };
}
