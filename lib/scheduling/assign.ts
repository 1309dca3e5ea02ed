import type { Candidates } from "./candidates";
import type { Placement } from "./day-search";
import type { PlanModel } from "./model";

// With days and services fixed, pick who and when on each day: the best-scoring options only (preferences first),
// then the sequence of providers with the fewest changes (continuity), then the earliest starts. A Viterbi pass
// over the days makes the continuity choice exact.

export interface Session {
  demand: number;
  service: number;
  clinic: number;
  provider: number;
  day: number;
  start: number;
  end: number;
  blockEnd: number;
}

interface Node {
  s: Session;
  changes: number;
  startSum: number;
  prev: Node | null;
}

const INCOMPATIBLE = 1e6;

/** Sessions on neighbouring days can still clash when their clinics are in different zones. */
export function clash(a: Session, b: Session): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  if (a.provider === b.provider && a.start < b.blockEnd && b.start < a.blockEnd) return true;
  return false;
}

export function assignOptions(model: PlanModel, cands: Candidates, placements: Placement[]): Session[] {
  let layer: Node[] = [];
  for (const pl of placements) {
    const opts = cands.options[pl.day - cands.dayLo][pl.demand];
    const top = Math.max(...opts.map((o) => o.pref));
    const service = model.demands[pl.demand].service;
    const svc = model.services[service];
    const next: Node[] = [];
    for (const o of opts) {
      if (o.pref !== top) continue;
      const s: Session = {
        demand: pl.demand,
        service,
        clinic: o.clinic,
        provider: o.provider,
        day: pl.day,
        start: o.prefStart,
        end: o.prefStart + svc.durationMs,
        blockEnd: o.prefStart + svc.blockMs,
      };
      let bestNode: Node = { s, changes: 0, startSum: s.start, prev: null };
      if (layer.length > 0) {
        let found: Node | null = null;
        for (const prev of layer) {
          const bad = clash(prev.s, s) || prev.s.start > s.start;
          const changes = prev.changes + (prev.s.provider !== s.provider ? 1 : 0) + (bad ? INCOMPATIBLE : 0);
          const startSum = prev.startSum + s.start;
          if (!found || changes < found.changes || (changes === found.changes && startSum < found.startSum))
            found = { s, changes, startSum, prev };
        }
        bestNode = found!;
      }
      next.push(bestNode);
    }
    layer = next;
  }
  if (layer.length === 0) return [];
  let end = layer[0];
  for (const n of layer) if (n.changes < end.changes || (n.changes === end.changes && n.startSum < end.startSum)) end = n;
  const out: Session[] = [];
  for (let n: Node | null = end; n; n = n.prev) out.push(n.s);
  return out.reverse();
}
