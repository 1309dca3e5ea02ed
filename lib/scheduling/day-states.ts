// The day search's storage, in typed arrays: it touches millions of states on large requests, and objects per
// state would keep the GC busy. Each search owns its own pool and layers (no state is shared between calls).

/**
 * Placements made so far, as linked lists in a shared pool of typed arrays (a node per stored placement; -1 ends a
 * list). Large requests store hundreds of thousands of them, which as objects would keep the GC busy.
 */
export class ChainPool {
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
export class Layer {
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
