import { parseLocalDate, parseLocalTime } from "./calendar";
import type { PatientAvailability } from "./schema";

// The patient's availability (hard rule 9) in words, for the reasons the planner gives and for the front desk to
// show next to a plan: "Tuesdays or Thursdays, 08:00–12:00, not on 2026-03-20".

const DAY_NAMES = ["", "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"];

const orList = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`);

/** A short description of a patient availability; "any time" when it restricts nothing. */
export function describePatientAvailability(a: PatientAvailability): string {
  const parts: string[] = [];
  const weekdays = [...new Set(a.weekdays ?? [])].filter((d) => d >= 1 && d <= 7).sort((x, y) => x - y);
  if (weekdays.length > 0 && weekdays.length < 7) parts.push(orList(weekdays.map((d) => DAY_NAMES[d])));
  const windows = (a.windows ?? [])
    .filter((w) => parseLocalTime(w.start, false) !== null && parseLocalTime(w.end, true) !== null)
    .sort((x, y) => (parseLocalTime(x.start, false) ?? 0) - (parseLocalTime(y.start, false) ?? 0));
  if (windows.length > 0) parts.push(orList(windows.map((w) => `${w.start}–${w.end}`)));
  const dates = [...new Set(a.unavailableDates ?? [])].filter((d) => parseLocalDate(d) !== null).sort();
  if (dates.length > 0) parts.push(`not on ${orList(dates)}`);
  return parts.length > 0 ? parts.join(", ") : "any time";
}
