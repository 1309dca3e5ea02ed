import { isoWeekday } from "./calendar";
import { Interval, mergeIntervals } from "./intervals";
import type { Zone } from "./local-time";

// Weekly wall-clock hours ("Mon 09:00–17:00") become concrete UTC intervals one local day at a time, in the zone of
// the clinic they belong to, so a 09:00 opening stays 09:00 on both sides of a DST change.

export interface WeeklyInterval {
  weekday: number; // ISO 1…7
  start: number; // minutes after local midnight
  end: number; // ≤ 1440
}

/** Merged minute intervals per ISO weekday (index 1…7); touching intervals merge, as the contract requires. */
export function weeklyByDay(list: readonly WeeklyInterval[]): Interval[][] {
  const byDay: Interval[][] = [[], [], [], [], [], [], [], []];
  for (const w of list) byDay[w.weekday].push({ start: w.start, end: w.end });
  return byDay.map(mergeIntervals);
}

/** Minute intervals of one local day converted to UTC; wall times swallowed by a DST gap vanish. */
export function dayMinutesToUtc(zone: Zone, day: number, minutes: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const m of minutes) {
    const start = zone.toUtc(day, m.start);
    const end = m.end === 1440 ? zone.toUtc(day + 1, 0) : zone.toUtc(day, m.end);
    if (end > start) out.push({ start, end });
  }
  return out;
}

/**
 * The one definition of "a session lies inside a wall-clock window": the inclusive range [lo, hi] of UTC starts at
 * which `[start, start + durationMs)` fits inside one of `windows` (merged minutes) on local `day`. Used for the
 * patient's availability windows (hard rule 9) and for preferred windows (soft) alike, DST-correct either way.
 */
export function windowStartRanges(zone: Zone, day: number, windows: readonly Interval[], durationMs: number): [number, number][] {
  const out: [number, number][] = [];
  for (const w of dayMinutesToUtc(zone, day, windows)) if (w.end - durationMs >= w.start) out.push([w.start, w.end - durationMs]);
  return out;
}

/** UTC intervals of weekly hours over local days [fromDay, toDay], skipping `closed` days. */
export function weeklyHoursToUtc(
  zone: Zone,
  weekly: readonly WeeklyInterval[],
  fromDay: number,
  toDay: number,
  closed: ReadonlySet<number> = new Set(),
): Interval[] {
  const byDay = weeklyByDay(weekly);
  const out: Interval[] = [];
  for (let d = fromDay; d <= toDay; d++) {
    if (closed.has(d)) continue;
    out.push(...dayMinutesToUtc(zone, d, byDay[isoWeekday(d)]));
  }
  return out;
}
