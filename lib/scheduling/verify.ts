import type { Session } from "./assign";
import { buildCandidates } from "./candidates";
import { dropConflicts } from "./guard";
import { buildModel } from "./model";
import type { PlanRequest } from "./schema";
import { nextGridStart } from "./slots";
import type { PlannedSession } from "./types";

export type SessionProblem = { index: number; reason: "unavailable" | "course-rule" | "too-many" };

/**
 * Re-checks sessions chosen earlier (a preview, possibly edited by staff) against a fresh request: each must still
 * be a valid slot on its own (hours, availability, closures, time off, busy, notice, expiry, grid), and together
 * with the rest of the course keep one-per-day, cadence and the weekly cap. Used at confirmation, where the world
 * may have changed since the preview. Returns the problems in session order (empty: all good).
 * It asks the planner's own rules on purpose — a slot is valid exactly when the planner could have offered it (its
 * candidates: rules 1–3, 5, 6, 9, 10 and the patient's appointments) and the course keeps the course rules (through
 * the guard and `course-rules.ts`). The independent check of the planner is tests/unit/scheduling/plan-checker.ts.
 */
export function verifySessions(request: PlanRequest, sessions: readonly PlannedSession[]): SessionProblem[] {
  const model = buildModel(request);
  const cands = buildCandidates(model);
  const serviceIdx = new Map(model.services.map((s, i) => [s.id, i]));
  const providerIdx = new Map(model.providers.map((p, i) => [p.id, i]));
  const clinicIdx = new Map(model.clinics.map((c, i) => [c.id, i]));
  const demandLeft = model.demands.map((d) => d.count);
  const problems: SessionProblem[] = [];
  const valid: { index: number; session: Session }[] = [];

  sessions.forEach((p, index) => {
    const service = serviceIdx.get(p.serviceId);
    const provider = providerIdx.get(p.providerId);
    const clinic = clinicIdx.get(p.clinicId);
    const demand = model.demands.findIndex((d) => d.service === service);
    if (service === undefined || provider === undefined || clinic === undefined || demand < 0) {
      problems.push({ index, reason: "unavailable" });
      return;
    }
    if (demandLeft[demand] <= 0) {
      problems.push({ index, reason: "too-many" });
      return;
    }
    const start = Date.parse(p.start);
    const zone = model.clinics[clinic].zone;
    const day = zone.dayOf(start);
    const options = cands.options[day - cands.dayLo]?.[demand] ?? [];
    const option = options.find((o) => o.clinic === clinic && o.provider === provider);
    const inRange = option !== undefined && rangesContain(option.ranges, start) && nextGridStart(zone, start, model.stepMin) === start;
    if (!inRange) {
      problems.push({ index, reason: "unavailable" });
      return;
    }
    demandLeft[demand] -= 1;
    const svc = model.services[service];
    valid.push({ index, session: { demand, service, clinic, provider, day, start, end: start + svc.durationMs, blockEnd: start + svc.blockMs } });
  });

  const kept = new Set(dropConflicts(model, valid.map((v) => v.session)));
  for (const v of valid) if (!kept.has(v.session)) problems.push({ index: v.index, reason: "course-rule" });
  return problems.sort((a, b) => a.index - b.index);
}

function rangesContain(ranges: readonly number[], t: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (ranges[i] <= t && t <= ranges[i + 1]) return true;
  return false;
}
