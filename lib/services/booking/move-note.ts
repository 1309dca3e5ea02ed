import type { MoveOptions } from "@/lib/scheduling";

// The words around the preview's Move list: the range it shows, and — when few or no times fit — why, in the
// terms a receptionist can act on (the patient's availability, the course's rhythm, the providers, expiry).

const DAY_MS = 86_400_000;
const dayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** A local day number as "2026-03-03". */
export const dayKey = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** A local day number as "Tue 3 Mar" (or with the year). */
export function dayLabel(day: number, withYear = false): string {
  const parts = dayFormat.formatToParts(new Date(day * DAY_MS));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("weekday")} ${part("day")} ${part("month")}${withYear ? ` ${part("year")}` : ""}`;
}

/** "Times from Tue 3 Mar to Mon 9 Mar 2026 (clinic time)", or what was searched when nothing was found. */
export function moveRangeLabel(o: MoveOptions): string {
  const { shownDays } = o;
  if (shownDays.length === 0) return `No times from ${dayLabel(o.fromDay)} to ${dayLabel(o.lastDay, true)}`;
  const first = shownDays[0];
  const last = shownDays[shownDays.length - 1];
  return first === last ? `Times on ${dayLabel(first, true)} (clinic time)` : `Times from ${dayLabel(first)} to ${dayLabel(last, true)} (clinic time)`;
}

/**
 * Null when plenty fits and nothing in the range shown is left out; else "Only 2 times fit between Tue 3 Mar and
 * Tue 10 Mar 2026: the patient can come only …", or why days inside the range are missing (the course's rhythm with
 * the other sessions — why session 1 may have nothing before session 2).
 */
export function moveNote(o: MoveOptions): string | null {
  const rhythm = rhythmOf(o);
  if (o.totalDays > 2) {
    const lastShown = o.shownDays[o.shownDays.length - 1];
    const missing = o.ruledOutDays.filter((d) => d <= lastShown).length;
    if (missing === 0) return null;
    return `${missing} day${missing === 1 ? "" : "s"} with free time in this range ${missing === 1 ? "is" : "are"} left out: ${rhythm}.`;
  }
  const range = `between ${dayLabel(o.fromDay)} and ${dayLabel(o.lastDay, true)}`;
  const head =
    o.total === 0
      ? `No other time fits ${range}`
      : o.total <= 8
        ? `Only ${o.total} time${o.total === 1 ? "" : "s"} fit${o.total === 1 ? "s" : ""} ${range}`
        : `Times fit on only ${o.totalDays} day${o.totalDays === 1 ? "" : "s"} ${range}`;
  const why: string[] = [];
  if (o.patientAvailability) why.push(`the patient can come only ${o.patientAvailability}`);
  if (o.ruledOutDays.length > 0) {
    const n = o.ruledOutDays.length;
    why.push(`${n} more day${n === 1 ? " has" : "s have"} free time but ${rhythm.replace(/^they /, "")}`);
  }
  if (why.length === 0) why.push("the selected providers have no other free time before the package expires");
  return `${head}: ${why.join("; ")}.`;
}

/** "they would break the course's rhythm with the other sessions (one a day, at least 2 days apart, at most 2 a week)" */
function rhythmOf(o: MoveOptions): string {
  const rules = ["one a day"];
  if (o.minDaysBetween >= 2) rules.push(`at least ${o.minDaysBetween} days apart`);
  if (Number.isFinite(o.maxPerWeek)) rules.push(`at most ${o.maxPerWeek} a week`);
  return `they would break the course's rhythm with the other sessions (${rules.join(", ")})`;
}
