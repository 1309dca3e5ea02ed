// Geometry of the calendar grid, in wall-clock minutes after local midnight. Pure, so it is tested without a DOM.

export type Span = { start: number; end: number };

const DAY = 1440;

/**
 * The hours a grid shows: from the earliest opening to the latest closing, widened to any appointment outside
 * them, on whole hours. `fallback` is used when nothing is open and nothing is booked.
 */
export function timeAxis(open: Span[], events: Span[], fallback: Span = { start: 8 * 60, end: 18 * 60 }): Span {
  const spans = [...open, ...events].filter((s) => s.end > s.start);
  if (spans.length === 0) return fallback;
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  return { start: Math.max(0, Math.floor(start / 60) * 60), end: Math.min(DAY, Math.ceil(end / 60) * 60) };
}

/** Whole hours on the axis, for the labels and lines. */
export function axisHours(axis: Span): number[] {
  const hours: number[] = [];
  for (let m = Math.ceil(axis.start / 60) * 60; m < axis.end; m += 60) hours.push(m);
  return hours;
}

/** Where a block sits in its column, as percentages of the axis (clipped to it). */
export function blockPosition(span: Span, axis: Span): { topPct: number; heightPct: number } {
  const length = axis.end - axis.start;
  const start = clamp(span.start, axis.start, axis.end);
  const end = clamp(span.end, start, axis.end);
  return { topPct: ((start - axis.start) / length) * 100, heightPct: ((end - start) / length) * 100 };
}

/** The parts of the axis outside the open spans (shaded as closed). */
export function closedSpans(open: Span[], axis: Span): Span[] {
  const sorted = open.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const closed: Span[] = [];
  let cursor = axis.start;
  for (const s of sorted) {
    if (s.start > cursor) closed.push({ start: cursor, end: Math.min(s.start, axis.end) });
    cursor = Math.max(cursor, s.end);
    if (cursor >= axis.end) break;
  }
  if (cursor < axis.end) closed.push({ start: cursor, end: axis.end });
  return closed.filter((s) => s.end > s.start);
}

/** The parts of `a` also in `b` (e.g. a provider's availability within the clinic's opening hours). */
export function intersectSpans(a: Span[], b: Span[]): Span[] {
  const out: Span[] = [];
  for (const x of a) {
    for (const y of b) {
      const start = Math.max(x.start, y.start);
      const end = Math.min(x.end, y.end);
      if (end > start) out.push({ start, end });
    }
  }
  return out.sort((p, q) => p.start - q.start);
}

export type Lane = { lane: number; lanes: number };

/**
 * Side-by-side lanes for overlapping blocks. Blocks that overlap, directly or through a chain, form a cluster; each
 * block takes the first lane free at its start, and every block of a cluster is as wide as the cluster has lanes.
 * Touching blocks (one ends as the next starts) do not overlap.
 */
export function layoutLanes<T extends Span & { id: string }>(items: T[]): Map<string, Lane> {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  const result = new Map<string, Lane>();
  let cluster: { id: string; lane: number }[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -Infinity;
  const close = () => {
    for (const c of cluster) result.set(c.id, { lane: c.lane, lanes: laneEnds.length });
    cluster = [];
    laneEnds = [];
  };
  for (const item of sorted) {
    if (item.start >= clusterEnd) close();
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane === -1) lane = laneEnds.push(item.end) - 1;
    else laneEnds[lane] = item.end;
    cluster.push({ id: item.id, lane });
    clusterEnd = cluster.length === 1 ? item.end : Math.max(clusterEnd, item.end);
  }
  close();
  return result;
}

/** Narrower than this, a lane shows no more than "14:15 K": overlapping blocks beyond what fits go behind "+N more". */
export const MIN_LANE_PX = 96;
/** Room at the right of a crowded cluster for its "+N more" button. */
export const MORE_GUTTER_PX = 32;

/** Where a block sits across its column, as fractions of the column's width. */
export type Across = { left: number; width: number };
/** Blocks that did not fit, behind one "+N more" button spanning their times. */
export type Overflow = Span & { ids: string[]; left: number; width: number };

/**
 * Fits laid-out lanes into a column `columnPx` wide (null: not measured yet, every lane is shown). A cluster with
 * more lanes than fit at MIN_LANE_PX keeps its first lanes and a gutter on the right; the blocks of the other lanes
 * are hidden, and each run of overlapping hidden blocks gets one "+N more" button in the gutter.
 */
export function fitLanes<T extends Span & Lane & { id: string }>(blocks: T[], columnPx: number | null): { placed: Map<string, Across>; more: Overflow[] } {
  const placed = new Map<string, Across>();
  const hidden: T[] = [];
  const fitsAll = columnPx === null ? Infinity : Math.max(1, Math.floor(columnPx / MIN_LANE_PX));
  const gutter = columnPx === null ? 0 : Math.min(0.5, MORE_GUTTER_PX / columnPx);
  const shownWithMore = columnPx === null ? Infinity : Math.max(1, Math.floor((columnPx - MORE_GUTTER_PX) / MIN_LANE_PX));
  for (const b of blocks) {
    if (b.lanes <= fitsAll) {
      placed.set(b.id, { left: b.lane / b.lanes, width: 1 / b.lanes });
    } else if (b.lane < shownWithMore) {
      const width = (1 - gutter) / shownWithMore;
      placed.set(b.id, { left: b.lane * width, width });
    } else {
      hidden.push(b);
    }
  }
  const more: Overflow[] = [];
  for (const b of [...hidden].sort((x, y) => x.start - y.start)) {
    const last = more[more.length - 1];
    if (last && b.start < last.end) {
      last.ids.push(b.id);
      last.end = Math.max(last.end, b.end);
    } else {
      more.push({ start: b.start, end: b.end, ids: [b.id], left: 1 - gutter, width: gutter });
    }
  }
  return { placed, more };
}

/**
 * The start a dragged block is dropped at: its top edge's place in the column (`topPx` of `heightPx`), rounded to
 * the nearest `step` (the clinic's slot granularity) and kept on the axis with room for its `duration`.
 */
export function dropMinute(topPx: number, heightPx: number, axis: Span, duration: number, step = 15): number {
  const raw = axis.start + (topPx / heightPx) * (axis.end - axis.start);
  const first = Math.ceil(axis.start / step) * step;
  const last = Math.max(first, Math.floor((axis.end - Math.min(duration, axis.end - axis.start)) / step) * step);
  return clamp(Math.round(raw / step) * step, first, last);
}

/** The quarter hour at a point of a column, for "book here" clicks: `fraction` is 0 at the top, 1 at the bottom. */
export function minuteAtFraction(fraction: number, axis: Span, step = 15): number {
  const raw = axis.start + clamp(fraction, 0, 1) * (axis.end - axis.start);
  return clamp(Math.floor(raw / step) * step, axis.start, axis.end - step);
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(Math.max(n, lo), hi);
}
