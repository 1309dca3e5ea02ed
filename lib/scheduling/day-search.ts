import { weekStart } from "./calendar";

// Which service goes on which day. Once single-session rules are settled (candidates.ts), the only interactions
// left are "one session per day", the minimum gap and the weekly cap, so the course is a walk over days: on each
// day either skip or place one session of a service still owed. A dynamic programme over that walk, with state
// (sessions still owed per service, days since the last session, sessions so far this week), is exact; identical
// states reached two ways keep only the better (preference score, then earlier days). Past `beamWidth` states per
// day the least promising are dropped, which only happens on large requests.

const EXACT_LIMIT = 4_000;
const BEAM_WIDTH = 200;

export interface DayProblem {
  dayLo: number;
  nDays: number;
  counts: number[]; // sessions owed per demand
  /** feasible[dayIndex * counts.length + k] */
  feasible: Uint8Array;
  /** soft score of placing demand k on that day (same indexing) */
  score: Float64Array;
  bookedDays: number[]; // local days of sessions already booked for this course
  minDaysBetween: number;
  maxPerWeek: number; // Infinity when unlimited
  beamWidth?: number;
}

export interface Placement {
  day: number;
  demand: number;
}

export interface DaySolution {
  placements: Placement[]; // by day
  placed: number;
  finish: number; // local day of the course's last session (planned or booked); -Infinity when none
}

/**
 * Placements made so far, as linked lists in a shared pool of typed arrays (a node per stored placement; -1 ends a
 * list). Large requests store hundreds of thousands of them, which as objects would keep the GC busy.
 */
class ChainPool {
  n = 0;
  prev = new Int32Array(1024);
  day = new Int32Array(1024);
  demand = new Int32Array(1024);
  add(prev: number, day: number, demand: number): number {
    if (this.n === this.prev.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.prev = grow(this.prev);
      this.day = grow(this.day);
      this.demand = grow(this.demand);
    }
    this.prev[this.n] = prev;
    this.day[this.n] = day;
    this.demand[this.n] = demand;
    return this.n++;
  }
}

/** States of one day, struct-of-arrays: the search touches millions of them on large requests. */
class Layer {
  n = 0;
  rIdx: Float64Array; // may exceed 2³¹ with many services
  since: Int32Array;
  week: Int32Array;
  placed: Int32Array;
  score: Float64Array;
  daySum: Float64Array;
  chain: Int32Array; // ChainPool node of the last placement, -1 when none
  constructor(cap: number) {
    this.rIdx = new Float64Array(cap);
    this.since = new Int32Array(cap);
    this.week = new Int32Array(cap);
    this.placed = new Int32Array(cap);
    this.score = new Float64Array(cap);
    this.daySum = new Float64Array(cap);
    this.chain = new Int32Array(cap).fill(-1);
  }
  grow(): Layer {
    const bigger = new Layer(this.rIdx.length * 2);
    bigger.rIdx.set(this.rIdx);
    bigger.since.set(this.since);
    bigger.week.set(this.week);
    bigger.placed.set(this.placed);
    bigger.score.set(this.score);
    bigger.daySum.set(this.daySum);
    bigger.chain.set(this.chain);
    bigger.n = this.n;
    return bigger;
  }
  copy(from: number, to: number) {
    this.rIdx[to] = this.rIdx[from];
    this.since[to] = this.since[from];
    this.week[to] = this.week[from];
    this.placed[to] = this.placed[from];
    this.score[to] = this.score[from];
    this.daySum[to] = this.daySum[from];
    this.chain[to] = this.chain[from];
  }
}

export function solveDays(p: DayProblem): DaySolution {
  const classes = mergeIdentical(p);
  const nC = classes.length;
  // A class can never place more sessions than it has feasible days: cap its count so the state space stays small.
  const counts = classes.map((c, ci) => {
    let days = 0;
    for (let i = 0; i < p.nDays; i++) days += classes.feasible[i * classes.length + ci];
    return Math.min(c.count, days);
  });
  const radix: number[] = [];
  let mul = 1;
  for (let c = 0; c < nC; c++) {
    radix.push(mul);
    mul *= counts[c] + 1;
  }
  const total = counts.reduce((a, b) => a + b, 0);
  const m = p.minDaysBetween;
  const trackGap = m >= 2;
  const capWeek = Number.isFinite(p.maxPerWeek);
  const weekSlots = capWeek ? Math.min(p.maxPerWeek, total) + 1 : 1;
  const G = trackGap ? m + 1 : 1;
  // Small problems (every request of ≤ 10 sessions) are searched exhaustively; larger ones keep a beam.
  const stateSpace = mul * G * weekSlots;
  const beam = p.beamWidth ?? (stateSpace <= EXACT_LIMIT ? Infinity : BEAM_WIDTH);
  // Owing a session of a service with few days left is worse than owing one that can go almost anywhere.
  const futureDays: Float64Array[] = counts.map(() => new Float64Array(p.nDays + 1));
  for (let c = 0; c < nC; c++)
    for (let i = p.nDays - 1; i >= 0; i--) futureDays[c][i] = futureDays[c][i + 1] + classes.feasible[i * nC + c];

  const bookedSorted = [...p.bookedDays].sort((a, b) => a - b);
  const booked = new Set(bookedSorted);
  const lastBooked = bookedSorted.length ? bookedSorted[bookedSorted.length - 1] : -Infinity;
  const bookedPerWeek = new Map<number, number>();
  for (const d of bookedSorted) bookedPerWeek.set(weekStart(d), (bookedPerWeek.get(weekStart(d)) ?? 0) + 1);

  // Days a session may go on as far as booked sessions are concerned (distinct day, gap to booked neighbours).
  const allowedByBooked = new Uint8Array(p.nDays);
  for (let i = 0, j = 0; i < p.nDays; i++) {
    const d = p.dayLo + i;
    while (j < bookedSorted.length && bookedSorted[j] < d) j++;
    const prev = j > 0 ? bookedSorted[j - 1] : -Infinity;
    const next = j < bookedSorted.length ? bookedSorted[j] : Infinity;
    allowedByBooked[i] = booked.has(d) || d - prev < m || next - d < m ? 0 : 1;
  }

  const table = stateSpace <= 4_000_000 ? new Int32Array(stateSpace).fill(-1) : null;
  const map = table ? null : new Map<number, number>();
  let cur = new Layer(64);
  let nxt = new Layer(64);
  cur.n = 1;
  cur.rIdx[0] = mul - 1;
  cur.since[0] = trackGap ? m : 0;
  cur.chain[0] = -1;

  let bestPlaced = 0;
  let bestFinish = lastBooked;
  let bestScore = 0;
  let bestDaySum = 0;
  let bestChain = -1;
  const pool = new ChainPool();
  const owedOf = (rIdx: number, c: number) => Math.floor(rIdx / radix[c]) % (counts[c] + 1);
  const keyOf = (rIdx: number, since: number, week: number) => (rIdx * G + since) * weekSlots + week;

  // Stores a state for the next day unless an equal state there is at least as good; returns the stored chain, or
  // -2 when not stored. A placement node is only added for states that are stored. (No closures in here: this runs
  // millions of times, and tsx's keep-names helper makes every closure creation costly.)
  const put = (
    rIdx: number,
    since: number,
    week: number,
    placed: number,
    score: number,
    daySum: number,
    chain: number,
    day: number,
    demand: number,
  ): number => {
    const key = keyOf(rIdx, since, week);
    let at = table ? table[key] : (map!.get(key) ?? -1);
    if (at >= 0) {
      if (!(score > nxt.score[at] || (score === nxt.score[at] && daySum < nxt.daySum[at]))) return -2;
    } else {
      if (nxt.n === nxt.rIdx.length) nxt = nxt.grow();
      at = nxt.n++;
      if (table) table[key] = at;
      else map!.set(key, at);
      nxt.rIdx[at] = rIdx;
      nxt.since[at] = since;
      nxt.week[at] = week;
      nxt.placed[at] = placed;
    }
    nxt.score[at] = score;
    nxt.daySum[at] = daySum;
    return (nxt.chain[at] = demand < 0 ? chain : pool.add(chain, day, demand));
  };

  for (let i = 0; i < p.nDays && cur.n > 0; i++) {
    const d = p.dayLo + i;
    const monday = weekStart(d) === d && i > 0;
    const weekCap = capWeek ? p.maxPerWeek - (bookedPerWeek.get(weekStart(d)) ?? 0) : Infinity;
    const finishHere = Math.max(d, lastBooked);
    nxt.n = 0;
    for (let s = 0; s < cur.n; s++) {
      const rIdx = cur.rIdx[s];
      const placed = cur.placed[s];
      // Drop states that can no longer beat the best plan found: even placing every owed session on its remaining
      // days would not place more, and placing as many would finish later.
      let reach = placed;
      for (let c = 0; c < nC; c++) reach += Math.min(owedOf(rIdx, c), futureDays[c][i]);
      if (reach < bestPlaced || (reach === bestPlaced && finishHere > bestFinish)) continue;
      const since = trackGap ? Math.min(m, cur.since[s] + (i === 0 ? 0 : 1)) : 0;
      const week = monday ? 0 : cur.week[s];
      const score = cur.score[s];
      const daySum = cur.daySum[s];
      const chain = cur.chain[s];
      put(rIdx, since, week, placed, score, daySum, chain, d, -1);
      if (!allowedByBooked[i] || (trackGap && since < m) || week >= weekCap || placed === total) continue;
      for (let c = 0; c < nC; c++) {
        const cell = i * nC + c;
        if (!classes.feasible[cell] || owedOf(rIdx, c) === 0) continue;
        const nScore = score + classes.score[cell];
        const nDaySum = daySum + i;
        const np = placed + 1;
        const nChain = put(rIdx - radix[c], 0, capWeek ? week + 1 : 0, np, nScore, nDaySum, chain, d, c);
        // A state not stored lost to an equal state at least as good, which was already offered as the best.
        if (nChain === -2) continue;
        if (
          np > bestPlaced ||
          (np === bestPlaced &&
            (finishHere < bestFinish || (finishHere === bestFinish && (nScore > bestScore || (nScore === bestScore && nDaySum < bestDaySum)))))
        ) {
          bestPlaced = np;
          bestFinish = finishHere;
          bestScore = nScore;
          bestDaySum = nDaySum;
          bestChain = nChain;
        }
      }
    }
    if (table) for (let s = 0; s < nxt.n; s++) table[keyOf(nxt.rIdx[s], nxt.since[s], nxt.week[s])] = -1;
    else map!.clear();
    if (nxt.n > beam) prune(nxt, beam, i + 1);
    const t = cur;
    cur = nxt;
    nxt = t;
  }

  const placements: Placement[] = [];
  for (let c = bestChain; c >= 0; c = pool.prev[c]) placements.push({ day: pool.day[c], demand: pool.demand[c] });
  placements.reverse();
  return { placements: classes.expand(placements), placed: bestPlaced, finish: bestPlaced > 0 ? bestFinish : lastBooked };

  /** Keeps the `width` most promising states (a native sort of one numeric priority per state, not a comparator). */
  function prune(layer: Layer, width: number, from: number) {
    const prio = new Float64Array(layer.n);
    for (let s = 0; s < layer.n; s++) {
      let pressure = 0;
      for (let c = 0; c < nC; c++) {
        const owed = owedOf(layer.rIdx[s], c);
        if (owed > 0) pressure += owed / (futureDays[c][from] + 1);
      }
      // placed ≫ pressure (owing scarce services is bad) ≫ room before the next session ≫ preference score.
      prio[s] = layer.placed[s] * 1e9 - Math.min(Math.round(pressure * 1e3), 99_999) * 1e3 + layer.since[s] * 100 - layer.week[s] * 10 + Math.min(layer.score[s], 9) * 0.1;
    }
    const sorted = prio.slice().sort();
    const cut = sorted[layer.n - width];
    let kept = 0;
    let aboveCut = 0;
    for (let s = 0; s < layer.n; s++) if (prio[s] > cut) aboveCut++;
    let atCut = width - aboveCut;
    for (let s = 0; s < layer.n; s++) {
      if (prio[s] > cut || (prio[s] === cut && atCut-- > 0)) layer.copy(s, kept++);
    }
    layer.n = kept;
  }
}

interface Classes extends Array<{ count: number; members: number[] }> {
  feasible: Uint8Array;
  score: Float64Array;
  expand(placements: Placement[]): Placement[];
}

/** Services with exactly the same days and scores are interchangeable: search them as one pooled class. */
function mergeIdentical(p: DayProblem): Classes {
  const K = p.counts.length;
  const sig = new Map<string, number>();
  const list: { count: number; members: number[] }[] = [];
  const columnOf: number[] = [];
  for (let k = 0; k < K; k++) {
    let s = "";
    for (let i = 0; i < p.nDays; i++) s += p.feasible[i * K + k] ? `${p.score[i * K + k]},` : "-,";
    const existing = sig.get(s);
    if (existing === undefined) {
      sig.set(s, list.length);
      columnOf.push(k);
      list.push({ count: p.counts[k], members: [k] });
    } else {
      list[existing].count += p.counts[k];
      list[existing].members.push(k);
    }
  }
  const nC = list.length;
  const feasible = new Uint8Array(p.nDays * nC);
  const score = new Float64Array(p.nDays * nC);
  for (let i = 0; i < p.nDays; i++)
    for (let c = 0; c < nC; c++) {
      feasible[i * nC + c] = p.feasible[i * K + columnOf[c]];
      score[i * nC + c] = p.score[i * K + columnOf[c]];
    }
  const classes = list as Classes;
  classes.feasible = feasible;
  classes.score = score;
  classes.expand = (placements) => {
    const left = list.map((c) => c.members.map((k) => p.counts[k]));
    return placements.map((pl) => {
      const cls = list[pl.demand];
      const j = left[pl.demand].findIndex((n) => n > 0);
      left[pl.demand][j]--;
      return { day: pl.day, demand: cls.members[j] };
    });
  };
  return classes;
}
