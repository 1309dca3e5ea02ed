import { DAY_MS } from "./calendar";
import type { Interval } from "./intervals";

// Read once: these loops run per busy block, and a bundler's live import binding can cost a getter call per use.
const DAY = DAY_MS;

// A provider's busy time (existing appointments and time off) can run to 100 000 blocks. Sorting them all would be
// the largest cost of planning, yet each question the planner asks is about one local day. So blocks are bucketed
// by every UTC day they touch (a counting sort, linear time); a query reads the one or two buckets under its window
// and sorts only those few blocks. Blocks outside the planning horizon are dropped on the way in.

export interface BusyIndex {
  firstDay: number; // UTC day number of bucket 0
  offsets: Int32Array; // bucket b holds entries offsets[b] … offsets[b + 1] - 1
  starts: Float64Array;
  ends: Float64Array;
}

/** Indexes the first `n` blocks [starts[i], ends[i]) over UTC days [firstDay, lastDay]; empty blocks are ignored. */
export function buildBusyIndex(starts: Float64Array, ends: Float64Array, n: number, firstDay: number, lastDay: number): BusyIndex {
  const nDays = Math.max(0, lastDay - firstDay + 1);
  const offsets = new Int32Array(nDays + 1);
  const span = (i: number, out: [number, number]) => {
    out[0] = Math.max(firstDay, Math.floor(starts[i] / DAY)) - firstDay;
    out[1] = Math.min(lastDay, Math.floor((ends[i] - 1) / DAY)) - firstDay;
  };
  const range: [number, number] = [0, 0];
  for (let i = 0; i < n; i++) {
    if (!(ends[i] > starts[i])) continue;
    span(i, range);
    for (let b = range[0]; b <= range[1]; b++) offsets[b + 1]++;
  }
  for (let b = 0; b < nDays; b++) offsets[b + 1] += offsets[b];
  const fill = offsets.slice(0, nDays);
  const total = offsets[nDays];
  const s = new Float64Array(total);
  const e = new Float64Array(total);
  for (let i = 0; i < n; i++) {
    if (!(ends[i] > starts[i])) continue;
    span(i, range);
    for (let b = range[0]; b <= range[1]; b++) {
      s[fill[b]] = starts[i];
      e[fill[b]++] = ends[i];
    }
  }
  return { firstDay, offsets, starts: s, ends: e };
}

// Scratch space for the blocks under one window, reused across calls. Module state, and safe under concurrency: a
// call fills and reads it without yielding (no await, no callback), JavaScript runs one call at a time per thread,
// each worker thread has its own module instance, and nothing read from it outlives the call.
let scratchStart = new Float64Array(64);
let scratchEnd = new Float64Array(64);

/** The parts of sorted, disjoint `windows` not covered by any indexed block. */
export function subtractBusy(windows: readonly Interval[], index: BusyIndex): Interval[] {
  const out: Interval[] = [];
  const nBuckets = index.offsets.length - 1;
  for (const w of windows) {
    const b0 = Math.max(0, Math.floor(w.start / DAY) - index.firstDay);
    const b1 = Math.min(nBuckets - 1, Math.floor((w.end - 1) / DAY) - index.firstDay);
    let n = 0;
    for (let b = b0; b <= b1; b++)
      for (let k = index.offsets[b]; k < index.offsets[b + 1]; k++) {
        const s = index.starts[k];
        const e = index.ends[k];
        if (s >= w.end || e <= w.start) continue;
        if (n === scratchStart.length) {
          const grownS = new Float64Array(n * 2);
          const grownE = new Float64Array(n * 2);
          grownS.set(scratchStart);
          grownE.set(scratchEnd);
          scratchStart = grownS;
          scratchEnd = grownE;
        }
        // Insertion sort by start: a window holds a few dozen blocks at most.
        let j = n++;
        while (j > 0 && scratchStart[j - 1] > s) {
          scratchStart[j] = scratchStart[j - 1];
          scratchEnd[j] = scratchEnd[j - 1];
          j--;
        }
        scratchStart[j] = s;
        scratchEnd[j] = e;
      }
    let cur = w.start;
    for (let j = 0; j < n; j++) {
      if (scratchStart[j] > cur) out.push({ start: cur, end: scratchStart[j] });
      if (scratchEnd[j] > cur) cur = scratchEnd[j];
    }
    if (w.end > cur) out.push({ start: cur, end: w.end });
  }
  return out;
}
