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

/** The quarter hour at a point of a column, for "book here" clicks: `fraction` is 0 at the top, 1 at the bottom. */
export function minuteAtFraction(fraction: number, axis: Span, step = 15): number {
  const raw = axis.start + clamp(fraction, 0, 1) * (axis.end - axis.start);
  return clamp(Math.floor(raw / step) * step, axis.start, axis.end - step);
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(Math.max(n, lo), hi);
}
