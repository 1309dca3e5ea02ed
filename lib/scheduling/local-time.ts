import { DAY_MS, MINUTE_MS } from "./calendar";

// Read once: offsets are looked up in the planner's innermost loops, where a bundler's live import binding can
// cost a getter call per use.
const DAY = DAY_MS;
const MINUTE = MINUTE_MS;

// Wall-clock ↔ UTC for one IANA zone. Intl gives the offset at an instant but is slow (microseconds per call),
// so offsets are sampled once per UTC day and DST transitions located by bisection; afterwards an offset lookup is
// a Map hit. A zone is assumed to change offset at most once within 24 hours (true of every zone in use today).

export interface Zone {
  readonly name: string;
  /** Offset (local − UTC) in ms at instant `u`. */
  offsetAt(u: number): number;
  /** UTC instant of wall time `minute` (0…1440) on local day `day`: a skipped time → the instant just after the gap;
   *  a repeated time → its earlier instant. */
  toUtc(day: number, minute: number): number;
  /** Local day number of instant `u`. */
  dayOf(u: number): number;
  /** Minutes after local midnight of instant `u` (its wall-clock reading). */
  minuteOf(u: number): number;
}

interface UtcDay {
  before: number; // offset at the start of the UTC day
  after: number; // offset at its end
  transition: number; // first instant with `after` (only meaningful when before !== after)
}

// Module state, and safe under concurrency: a Zone is a memoised pure function of its name (its caches only ever
// add offsets Intl reports for that zone, which never change within a process), so every request may share it.
// Bounded by the number of distinct zone names ever seen (IANA has ~600).
const zones = new Map<string, Zone>();

export function isValidTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export function getZone(name: string): Zone {
  let z = zones.get(name);
  if (!z) {
    z = createZone(name);
    zones.set(name, z);
  }
  return z;
}

function createZone(name: string): Zone {
  const fmt = new Intl.DateTimeFormat("en-US", {
    timeZone: name,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  const rawOffset = (u: number): number => {
    const base = Math.floor(u / 1000) * 1000;
    const p: Record<string, number> = {};
    for (const part of fmt.formatToParts(base)) if (part.type !== "literal") p[part.type] = Number(part.value);
    const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour === 24 ? 0 : p.hour, p.minute, p.second);
    return wall - base;
  };
  const edgeCache = new Map<number, number>();
  const edge = (k: number): number => {
    let o = edgeCache.get(k);
    if (o === undefined) {
      o = rawOffset(k * DAY);
      edgeCache.set(k, o);
    }
    return o;
  };
  const dayCache = new Map<number, UtcDay>();
  const utcDay = (k: number): UtcDay => {
    let d = dayCache.get(k);
    if (!d) {
      const before = edge(k);
      const after = edge(k + 1);
      let transition = (k + 1) * DAY;
      if (before !== after) {
        // Bisection on whole minutes: the first minute whose offset is already `after`.
        let lo = k * 1440;
        let hi = (k + 1) * 1440;
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (rawOffset(mid * MINUTE) === after) hi = mid;
          else lo = mid;
        }
        transition = hi * MINUTE;
      }
      d = { before, after, transition };
      dayCache.set(k, d);
    }
    return d;
  };
  const offsetAt = (u: number): number => {
    const d = utcDay(Math.floor(u / DAY));
    return d.before === d.after || u < d.transition ? d.before : d.after;
  };
  const SPAN = 15 * 3_600_000; // wider than any real offset
  const toUtc = (day: number, minute: number): number => {
    const naive = day * DAY + minute * MINUTE;
    const oA = offsetAt(naive - SPAN);
    const oB = offsetAt(naive + SPAN);
    const uA = naive - oA;
    if (oA === oB) return uA;
    const uB = naive - oB;
    const okA = offsetAt(uA) === oA;
    const okB = offsetAt(uB) === oB;
    if (okA && okB) return Math.min(uA, uB);
    if (okA) return uA;
    if (okB) return uB;
    // In the gap: every skipped wall time resolves to the transition itself, the first instant after the gap.
    const lo = Math.floor((naive - SPAN) / DAY);
    const hi = Math.floor((naive + SPAN) / DAY);
    for (let k = lo; k <= hi; k++) {
      const d = utcDay(k);
      if (d.before !== d.after) return d.transition;
    }
    return uA;
  };
  return {
    name,
    offsetAt,
    toUtc,
    dayOf: (u) => Math.floor((u + offsetAt(u)) / DAY),
    minuteOf: (u) => {
      const w = u + offsetAt(u);
      return Math.floor((w - Math.floor(w / DAY) * DAY) / MINUTE);
    },
  };
}
