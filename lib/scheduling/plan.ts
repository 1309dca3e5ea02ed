import { dropConflicts } from "./guard";
import { assignOptions, Session } from "./assign";
import { buildCandidates, Candidates } from "./candidates";
import { solveDays } from "./day-search";
import { buildModel, PlanModel } from "./model";
import { unplacedReason } from "./reasons";
import type { PlanRequest } from "./schema";
import type { PlanResult, PlannedSession } from "./types";

export interface PlanInternals {
  model: PlanModel;
  cands: Candidates;
  sessions: Session[];
}

/** The course planner: places as many sessions as possible, finishing as early as possible (see docs/planner-contract.md). */
export function planCourse(request: PlanRequest): PlanResult {
  return toResult(planInternal(request));
}

export function planInternal(request: PlanRequest, beamWidth?: number): PlanInternals {
  const model = buildModel(request);
  const cands = buildCandidates(model);
  const K = model.demands.length;
  const feasible = new Uint8Array(cands.nDays * K);
  const score = new Float64Array(cands.nDays * K);
  for (let i = 0; i < cands.nDays; i++)
    for (let k = 0; k < K; k++) {
      const opts = cands.options[i][k];
      if (opts.length === 0) continue;
      feasible[i * K + k] = 1;
      let top = 0;
      for (const o of opts) if (o.pref > top) top = o.pref;
      score[i * K + k] = cands.dayPref[i] + top;
    }
  const solution = solveDays({
    dayLo: cands.dayLo,
    nDays: cands.nDays,
    counts: model.demands.map((d) => d.count),
    feasible,
    score,
    bookedDays: model.booked.map((b) => b.day),
    minDaysBetween: model.minDaysBetween,
    maxPerWeek: model.maxPerWeek,
    beamWidth,
  });
  const sessions = dropConflicts(model, assignOptions(model, cands, solution.placements));
  return { model, cands, sessions };
}

export function toPlanned(model: PlanModel, s: Session): PlannedSession {
  return {
    serviceId: model.services[s.service].id,
    providerId: model.providers[s.provider].id,
    clinicId: model.clinics[s.clinic].id,
    start: new Date(s.start).toISOString(),
    end: new Date(s.end).toISOString(),
  };
}

function toResult({ model, cands, sessions }: PlanInternals): PlanResult {
  const sorted = sessions.slice().sort((a, b) => a.start - b.start);
  const placedPer = model.demands.map(() => 0);
  for (const s of sorted) placedPer[s.demand]++;
  const unplaced = model.demands.flatMap((d, k) => {
    const missing = d.count - placedPer[k];
    if (missing <= 0) return [];
    return [{ serviceId: model.services[d.service].id, count: missing, reason: unplacedReason(model, cands, k, placedPer[k]) }];
  });
  return { sessions: sorted.map((s) => toPlanned(model, s)), unplaced };
}
