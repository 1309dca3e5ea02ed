import { weekStart } from "./calendar";

// The course rules — how the sessions of one course interact (hard rules 4 and 7): at most one session per local
// day, consecutive sessions (by start) at least `minDaysBetween` local days apart and never on an earlier local day
// than the session before them, at most `maxPerWeek` per ISO week. Days are local day numbers at each session's own
// clinic. This is the solver side's only formulation of them: the day search (which also encodes them as its
// state), the guard, the alternatives and `verifySessions` (through the guard) all ask here.
// The independent checker (tests/unit/scheduling/plan-checker.ts) keeps its own formulation on purpose: a checker
// that shared this code would share its mistakes.

export interface CourseRules {
  minDaysBetween: number; // 0 or 1: only one per day
  maxPerWeek: number; // Infinity when not set
}

/** The ISO week (its Monday's day number) of a local day: two sessions share a week iff they share this. */
export const isoWeek = weekStart;

/** Gap rule between two consecutive sessions (by start), on local days `earlier` then `later`. */
export function gapKept(rules: CourseRules, earlier: number, later: number): boolean {
  return later - earlier >= Math.max(rules.minDaysBetween, 0) && later !== earlier;
}

/** Sessions whose days are fixed (booked, or the rest of a plan): where may one more session go? */
export class FixedCourse {
  private readonly sorted: number[];
  private readonly perWeek = new Map<number, number>();

  constructor(
    readonly rules: CourseRules,
    days: Iterable<number>,
  ) {
    this.sorted = [...days].sort((a, b) => a - b);
    for (const d of this.sorted) this.perWeek.set(isoWeek(d), (this.perWeek.get(isoWeek(d)) ?? 0) + 1);
  }

  get last(): number {
    return this.sorted.length ? this.sorted[this.sorted.length - 1] : -Infinity;
  }

  /** Sessions still allowed in the ISO week of `day` (Infinity without a cap). */
  weekRoom(day: number): number {
    return this.rules.maxPerWeek - (this.perWeek.get(isoWeek(day)) ?? 0);
  }

  /** One per day and the gap to the fixed neighbours on either side (the weekly cap aside). */
  dayFree(day: number): boolean {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid] < day) lo = mid + 1;
      else hi = mid;
    }
    const prev = lo > 0 ? this.sorted[lo - 1] : -Infinity;
    const next = lo < this.sorted.length ? this.sorted[lo] : Infinity;
    return gapKept(this.rules, prev, day) && gapKept(this.rules, day, next);
  }

  /** Every course rule for one more session on `day`. */
  allows(day: number): boolean {
    return this.dayFree(day) && this.weekRoom(day) > 0;
  }
}

/** Local days must not run backwards in start order (possible across zones): may a session (day, start) join? */
export function keepsDayOrder(fixed: readonly { day: number; start: number }[], day: number, start: number): boolean {
  return !fixed.some((f) => (f.start < start && f.day > day) || (f.start > start && f.day < day));
}

export interface CourseItem {
  day: number;
  start: number;
  planned: boolean; // false: booked earlier, never blamed
}

/**
 * The first course-rule violation among `items` (planned and booked, sorted by start), as the index of the planned
 * item to drop: the later of two when both are planned. Null when the course keeps every rule.
 */
export function firstCourseViolation(rules: CourseRules, items: readonly CourseItem[]): number | null {
  const blame = (a: number, b: number) => (items[b].planned ? b : a);
  const byDay = new Map<number, number>();
  for (let i = 0; i < items.length; i++) {
    const other = byDay.get(items[i].day);
    if (other !== undefined && (items[other].planned || items[i].planned)) return blame(other, i);
    byDay.set(items[i].day, i);
  }
  for (let i = 1; i < items.length; i++)
    if ((items[i - 1].planned || items[i].planned) && !gapKept(rules, items[i - 1].day, items[i].day)) return blame(i - 1, i);
  if (Number.isFinite(rules.maxPerWeek)) {
    const perWeek = new Map<number, number[]>();
    for (let i = 0; i < items.length; i++) {
      const w = isoWeek(items[i].day);
      const list = perWeek.get(w) ?? [];
      list.push(i);
      perWeek.set(w, list);
    }
    for (const list of perWeek.values())
      if (list.length > rules.maxPerWeek) {
        const planned = list.filter((i) => items[i].planned);
        if (planned.length > 0) return planned[planned.length - 1];
      }
  }
  return null;
}
