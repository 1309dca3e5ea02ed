// Half-open intervals [start, end) as sorted, non-overlapping arrays. Everything the planner knows about time
// ("open", "free", "busy") is one of these lists, so the set operations below are the whole availability algebra.

export interface Interval {
  start: number;
  end: number;
}

/** Sorts and merges intervals that overlap or touch; drops empty ones. */
export function mergeIntervals(list: readonly Interval[]): Interval[] {
  const sorted = list.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) {
      if (i.end > last.end) last.end = i.end;
    } else {
      out.push({ start: i.start, end: i.end });
    }
  }
  return out;
}

/** Intersection of two sorted, merged lists. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i].start, b[j].start);
    const end = Math.min(a[i].end, b[j].end);
    if (end > start) out.push({ start, end });
    if (a[i].end < b[j].end) i++;
    else j++;
  }
  return out;
}

/** Index of the first interval in a sorted, merged list whose end is after `t` (binary search). */
export function firstEndingAfter(list: readonly Interval[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `a` minus `cut`. `cut` must be sorted and merged; it may be huge (a provider's busy blocks over months), so it is
 * entered by binary search for each interval of `a` rather than scanned.
 */
export function subtractIntervals(a: readonly Interval[], cut: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const iv of a) {
    let start = iv.start;
    for (let k = firstEndingAfter(cut, start); k < cut.length && cut[k].start < iv.end; k++) {
      if (cut[k].start > start) out.push({ start, end: cut[k].start });
      if (cut[k].end > start) start = cut[k].end;
    }
    if (iv.end > start) out.push({ start, end: iv.end });
  }
  return out;
}

/** True when [start, end) overlaps some interval of the sorted, merged list. */
export function overlapsAny(list: readonly Interval[], start: number, end: number): boolean {
  const k = firstEndingAfter(list, start);
  return k < list.length && list[k].start < end;
}
