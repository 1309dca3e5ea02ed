import { MINUTE_MS } from "./calendar";
import type { Zone } from "./local-time";

const MINUTE = MINUTE_MS; // read once (hot path)

// The step grid is wall-clock: an instant u is on it when its local reading is a whole multiple of the step after
// midnight. Because the step divides a day, that is simply (u + offset(u)) ≡ 0 mod step — no calendar needed.

/** Smallest on-grid instant ≥ u. */
export function nextGridStart(zone: Zone, u: number, stepMin: number): number {
  const step = stepMin * MINUTE;
  const o = zone.offsetAt(u);
  const g = Math.ceil((u + o) / step) * step - o;
  const o2 = zone.offsetAt(g);
  if (o2 === o) return g;
  // A DST change lies in (u, g]: no on-grid instant precedes it, and after it the grid's phase follows the new offset.
  let lo = u;
  let hi = g;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (zone.offsetAt(mid) === o) lo = mid;
    else hi = mid;
  }
  return Math.ceil((hi + o2) / step) * step - o2;
}

/** All on-grid starts in the inclusive range [lo, hi], at most `limit`. */
export function gridStarts(zone: Zone, lo: number, hi: number, stepMin: number, limit = Infinity): number[] {
  const out: number[] = [];
  let t = nextGridStart(zone, lo, stepMin);
  while (t <= hi && out.length < limit) {
    out.push(t);
    t = nextGridStart(zone, t + 1, stepMin);
  }
  return out;
}

/** Inclusive start ranges `[lo, hi]` of a block of `lengthMs` that fits inside one of `free`. */
export function startRanges(free: readonly { start: number; end: number }[], lengthMs: number): [number, number][] {
  const out: [number, number][] = [];
  for (const f of free) if (f.end - lengthMs >= f.start) out.push([f.start, f.end - lengthMs]);
  return out;
}
