import { weekStart } from "./calendar";
import { FixedCourse } from "./course-rules";
import { ChainPool, Layer } from "./day-states";
import { mergeIdentical, type Classes } from "./day-classes";

// Which service goes on which day. Once single-session rules are settled (candidates.ts), the only interactions
// left are "one session per day", the minimum gap and the weekly cap, so the course is a walk over days: on each
// day either skip or place one session of a service still owed. A dynamic programme over that walk, with state
// (sessions still owed per service, days since the last session, sessions so far this week), is exact; identical
// states reached two ways keep only the better (preference score, then earlier days). Past `beamWidth` states per
// day the least promising are dropped, which only happens on large requests.

const EXACT_LIMIT = 4_000; // states (owed × gap × week): every request of ≤ 10 sessions stays below
const BEAM_WIDTH = 200; // states kept per day past EXACT_LIMIT
const TABLE_LIMIT = 4_000_000; // state keys indexed by a typed array up to this; a Map beyond

// Beam ranking (large requests only), one number per state whose "digits" rank lexicographically:
// sessions placed ≫ pressure (owing sessions of services with few feasible days left) ≫ room before the next
// session may go (days since the last) ≫ sessions already this week (fewer is better) ≫ preference score.
const RANK_PLACED = 1e9;
const RANK_PRESSURE = 1e3; // per 1/1000 of pressure, capped at PRESSURE_CAP
const PRESSURE_CAP = 99_999;
const RANK_GAP_ROOM = 100;
const RANK_WEEK_USED = 10;
const RANK_SCORE = 0.1; // per point, capped at SCORE_CAP
const SCORE_CAP = 9;

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

export function solveDays(p: DayProblem): DaySolution {
  const search = new DaySearch(p, mergeIdentical(p));
  for (let i = 0; i < p.nDays && search.alive(); i++) search.step(i);
  return search.solution();
}

/** The best plan found so far (objective order: placed ▸ finish ▸ score ▸ earlier days). */
interface Best {
  placed: number;
  finish: number;
  score: number;
  daySum: number;
  chain: number;
}

function better(placed: number, finish: number, score: number, daySum: number, b: Best): boolean {
  if (placed !== b.placed) return placed > b.placed;
  if (finish !== b.finish) return finish < b.finish;
  if (score !== b.score) return score > b.score;
  return daySum < b.daySum;
}

/** One run of the dynamic programme over days; `step(i)` moves every state from day i to day i + 1. */
class DaySearch {
  private readonly nC: number;
  private readonly counts: number[]; // per class, capped at its feasible days
  private readonly radix: number[]; // owed counts packed into one number, mixed radix
  private readonly total: number;
  private readonly m: number;
  private readonly trackGap: boolean;
  private readonly capWeek: boolean;
  private readonly G: number;
  private readonly weekSlots: number;
  private readonly beam: number;
  private readonly futureDays: Float64Array[]; // [class][day index]: feasible days from there on
  private readonly fixed: FixedCourse; // the booked sessions
  private readonly allowedByBooked: Uint8Array;
  private readonly table: Int32Array | null;
  private readonly map: Map<number, number> | null;
  private readonly pool = new ChainPool();
  private cur = new Layer(64);
  private nxt = new Layer(64);
  private readonly best: Best;

  constructor(
    private readonly p: DayProblem,
    private readonly classes: Classes,
  ) {
    const nC = (this.nC = classes.length);
    // A class can never place more sessions than it has feasible days: cap its count so the state space stays small.
    this.counts = classes.map((c, ci) => {
      let days = 0;
      for (let i = 0; i < p.nDays; i++) days += classes.feasible[i * nC + ci];
      return Math.min(c.count, days);
    });
    this.radix = [];
    let mul = 1;
    for (let c = 0; c < nC; c++) {
      this.radix.push(mul);
      mul *= this.counts[c] + 1;
    }
    this.total = this.counts.reduce((a, b) => a + b, 0);
    this.m = p.minDaysBetween;
    this.trackGap = this.m >= 2;
    this.capWeek = Number.isFinite(p.maxPerWeek);
    this.weekSlots = this.capWeek ? Math.min(p.maxPerWeek, this.total) + 1 : 1;
    this.G = this.trackGap ? this.m + 1 : 1;
    const stateSpace = mul * this.G * this.weekSlots;
    this.beam = p.beamWidth ?? (stateSpace <= EXACT_LIMIT ? Infinity : BEAM_WIDTH);
    this.futureDays = this.counts.map(() => new Float64Array(p.nDays + 1));
    for (let c = 0; c < nC; c++)
      for (let i = p.nDays - 1; i >= 0; i--) this.futureDays[c][i] = this.futureDays[c][i + 1] + classes.feasible[i * nC + c];

    this.fixed = new FixedCourse(p, p.bookedDays);
    this.allowedByBooked = new Uint8Array(p.nDays);
    for (let i = 0; i < p.nDays; i++) this.allowedByBooked[i] = this.fixed.dayFree(p.dayLo + i) ? 1 : 0;

    this.table = stateSpace <= TABLE_LIMIT ? new Int32Array(stateSpace).fill(-1) : null;
    this.map = this.table ? null : new Map<number, number>();
    this.cur.n = 1;
    this.cur.rIdx[0] = mul - 1;
    this.cur.since[0] = this.trackGap ? this.m : 0;
    this.cur.chain[0] = -1;
    this.best = { placed: 0, finish: this.fixed.last, score: 0, daySum: 0, chain: -1 };
  }

  alive(): boolean {
    return this.cur.n > 0;
  }

  private owedOf(rIdx: number, c: number): number {
    return Math.floor(rIdx / this.radix[c]) % (this.counts[c] + 1);
  }

  private keyOf(rIdx: number, since: number, week: number): number {
    return (rIdx * this.G + since) * this.weekSlots + week;
  }

  /** Even placing every owed session on its remaining days: can this state still beat the best plan? */
  private canImprove(s: number, i: number, finishHere: number): boolean {
    let reach = this.cur.placed[s];
    for (let c = 0; c < this.nC; c++) reach += Math.min(this.owedOf(this.cur.rIdx[s], c), this.futureDays[c][i]);
    return reach > this.best.placed || (reach === this.best.placed && finishHere <= this.best.finish);
  }

  step(i: number): void {
    const { p, cur, classes, nC } = this;
    const d = p.dayLo + i;
    const monday = weekStart(d) === d && i > 0;
    const weekCap = this.capWeek ? this.fixed.weekRoom(d) : Infinity;
    const finishHere = Math.max(d, this.fixed.last);
    this.nxt.n = 0;
    for (let s = 0; s < cur.n; s++) {
      if (!this.canImprove(s, i, finishHere)) continue;
      const rIdx = cur.rIdx[s];
      const placed = cur.placed[s];
      const since = this.trackGap ? Math.min(this.m, cur.since[s] + (i === 0 ? 0 : 1)) : 0;
      const week = monday ? 0 : cur.week[s];
      const score = cur.score[s];
      const daySum = cur.daySum[s];
      const chain = cur.chain[s];
      this.put(rIdx, since, week, placed, score, daySum, chain, d, -1); // skip the day
      if (!this.allowedByBooked[i] || (this.trackGap && since < this.m) || week >= weekCap || placed === this.total) continue;
      for (let c = 0; c < nC; c++) {
        const cell = i * nC + c;
        if (!classes.feasible[cell] || this.owedOf(rIdx, c) === 0) continue;
        const nScore = score + classes.score[cell];
        const nDaySum = daySum + i;
        const nChain = this.put(rIdx - this.radix[c], 0, this.capWeek ? week + 1 : 0, placed + 1, nScore, nDaySum, chain, d, c);
        // A state not stored lost to an equal state at least as good, which was already offered as the best.
        if (nChain !== -2 && better(placed + 1, finishHere, nScore, nDaySum, this.best)) {
          const b = this.best;
          b.placed = placed + 1;
          b.finish = finishHere;
          b.score = nScore;
          b.daySum = nDaySum;
          b.chain = nChain;
        }
      }
    }
    const nxt = this.nxt;
    if (this.table) for (let s = 0; s < nxt.n; s++) this.table[this.keyOf(nxt.rIdx[s], nxt.since[s], nxt.week[s])] = -1;
    else this.map!.clear();
    if (nxt.n > this.beam) this.prune(nxt, this.beam, i + 1);
    this.nxt = cur;
    this.cur = nxt;
  }

  /**
   * Stores a state for the next day unless an equal state there is at least as good; returns the stored chain, or
   * -2 when not stored. A placement node is only added for states that are stored. (No closures in here: this runs
   * millions of times, and tsx's keep-names helper makes every closure creation costly.)
   */
  private put(rIdx: number, since: number, week: number, placed: number, score: number, daySum: number, chain: number, day: number, demand: number): number {
    const key = this.keyOf(rIdx, since, week);
    let nxt = this.nxt;
    let at = this.table ? this.table[key] : (this.map!.get(key) ?? -1);
    if (at >= 0) {
      if (!(score > nxt.score[at] || (score === nxt.score[at] && daySum < nxt.daySum[at]))) return -2;
    } else {
      if (nxt.n === nxt.rIdx.length) nxt = this.nxt = nxt.grow();
      at = nxt.n++;
      if (this.table) this.table[key] = at;
      else this.map!.set(key, at);
      nxt.rIdx[at] = rIdx;
      nxt.since[at] = since;
      nxt.week[at] = week;
      nxt.placed[at] = placed;
    }
    nxt.score[at] = score;
    nxt.daySum[at] = daySum;
    return (nxt.chain[at] = demand < 0 ? chain : this.pool.add(chain, day, demand));
  }

  /** Keeps the `width` most promising states (a native sort of one numeric priority per state, not a comparator). */
  private prune(layer: Layer, width: number, from: number): void {
    const prio = new Float64Array(layer.n);
    for (let s = 0; s < layer.n; s++) {
      let pressure = 0;
      for (let c = 0; c < this.nC; c++) {
        const owed = this.owedOf(layer.rIdx[s], c);
        if (owed > 0) pressure += owed / (this.futureDays[c][from] + 1);
      }
      prio[s] =
        layer.placed[s] * RANK_PLACED -
        Math.min(Math.round(pressure * 1e3), PRESSURE_CAP) * RANK_PRESSURE +
        layer.since[s] * RANK_GAP_ROOM -
        layer.week[s] * RANK_WEEK_USED +
        Math.min(layer.score[s], SCORE_CAP) * RANK_SCORE;
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

  solution(): DaySolution {
    const placements: Placement[] = [];
    for (let c = this.best.chain; c >= 0; c = this.pool.prev[c]) placements.push({ day: this.pool.day[c], demand: this.pool.demand[c] });
    placements.reverse();
    const placed = this.best.placed;
    return { placements: this.classes.expand(placements), placed, finish: placed > 0 ? this.best.finish : this.fixed.last };
  }
}
