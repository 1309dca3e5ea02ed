import { TZDate } from "@date-fns/tz";
import { addDays, startOfDay } from "date-fns";

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
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
  return parts;
}

export function dateColumnKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}
