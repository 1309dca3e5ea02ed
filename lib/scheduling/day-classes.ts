import type { DayProblem, Placement } from "./day-search";

// The day search's first step (day-search.ts): services that are interchangeable day by day become one class, so
// its state counts sessions owed per class rather than per service.

export interface Classes extends Array<{ count: number; members: number[] }> {
  feasible: Uint8Array;
  score: Float64Array;
  expand(placements: Placement[]): Placement[];
}

/** Services with exactly the same days and scores are interchangeable: search them as one pooled class. */
export function mergeIdentical(p: DayProblem): Classes {
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
