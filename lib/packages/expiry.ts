import { TZDate } from "@date-fns/tz";
import { addDays, startOfDay } from "date-fns";
import { localDateOf } from "@/lib/calendar/range";

/**
 * A package bought on local day D with V days of validity can be used through the end of local day D + V: it
 * expires at the following local midnight in the clinic's zone (so "90 days" never cuts an afternoon session short,
 * and a DST change in between does not shift it by an hour).
 */
export function expiryFor(purchasedAt: Date, validityDays: number, timeZone: string): Date {
  const purchaseDay = startOfDay(new TZDate(purchasedAt.getTime(), timeZone));
  return new Date(addDays(purchaseDay, validityDays + 1).getTime());
}

/** Today's local date in a zone as YYYY-MM-DD, for comparing with @db.Date columns (stored as UTC midnight). */
export function localDateKey(instant: Date, timeZone: string): string {
  return localDateOf(instant, timeZone);
}

export function dateColumnKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The expiry instant that makes local day `lastDay` (YYYY-MM-DD) the last usable one: the next local midnight. */
export function expiryAfterLastDay(lastDay: string, timeZone: string): Date {
  const [y, m, d] = lastDay.split("-").map(Number);
  return new Date(new TZDate(y, m - 1, d + 1, 0, 0, 0, timeZone).getTime());
}

/** The zone a purchase's dates are read in: its package's default clinic, else the patient's preferred clinic. */
export function purchaseTimeZone(p: { package: { defaultClinic: { timeZone: string } | null }; patient: { preferredClinic: { timeZone: string } | null } }, fallback: string): string {
  return p.package.defaultClinic?.timeZone ?? p.patient.preferredClinic?.timeZone ?? fallback;
}
