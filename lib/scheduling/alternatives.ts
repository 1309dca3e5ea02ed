import { clash, Session } from "./assign";
import { FixedCourse, keepsDayOrder } from "./course-rules";
import { buildCandidates } from "./candidates";
import { buildModel, type PlanModel } from "./model";
import { toPlanned } from "./plan";
import type { PlanRequest } from "./schema";
import { gridStarts } from "./slots";
import { windowStartRanges } from "./weekly-hours";
import type { PlannedSession, PlanResult } from "./types";

// Other valid slots for one planned session while the rest of the plan stays put. `alternativeSlots` ranks them like
// the planner ranks plans (the course's finish day, then preferences, then continuity, then earlier); the preview's
// Move list shows them by date instead (move-options.ts).

export interface Ranked {
  session: Session;
  finish: number;
  pref: number;
  changes: number;
}

/** Every valid slot for session `index` with the rest of the plan fixed, unsorted; and how the course rules bound it. */
export interface ValidMoves {
  model: PlanModel;
  ranked: Ranked[];
  /** Local days (of the session's clinic) that had a free time but break a course rule with the fixed sessions. */
  ruledOutDays: number[];
  /** The fixed sessions' local days, sorted. */
  fixedDays: number[];
}

export function validMoves(request: PlanRequest, plan: PlanResult, index: number): ValidMoves | null {
  const target = plan.sessions[index];
  if (!target) return null;
  const model = buildModel(request);
  const cands = buildCandidates(model);
  const serviceIdx = new Map(model.services.map((s, i) => [s.id, i]));
  const providerIdx = new Map(model.providers.map((p, i) => [p.id, i]));
  const clinicIdx = new Map(model.clinics.map((c, i) => [c.id, i]));
  const toSession = (p: PlannedSession): Session => {
    const service = serviceIdx.get(p.serviceId) ?? -1;
    const clinic = clinicIdx.get(p.clinicId) ?? 0;
    const start = Date.parse(p.start);
    const svc = model.services[service];
    return {
      demand: model.demands.findIndex((d) => d.service === service),
      service,
      clinic,
      provider: providerIdx.get(p.providerId) ?? -1,
      day: model.clinics[clinic].zone.dayOf(start),
      start,
      end: start + svc.durationMs,
      blockEnd: start + svc.blockMs,
    };
  };
  const current = toSession(target);
  const others = plan.sessions.filter((_, i) => i !== index).map(toSession);
  if (current.demand < 0) return null;
  const svc = model.services[current.service];
  const fixed = others.map((s) => ({ day: s.day, start: s.start })).concat(model.booked.map((b) => ({ day: b.day, start: b.start })));
  const course = new FixedCourse(model, fixed.map((f) => f.day));
  const lastOther = course.last;
  const byStart = others.slice().sort((a, b) => a.start - b.start);

  const out: Ranked[] = [];
  const ruledOutDays: number[] = [];
  for (let i = 0; i < cands.nDays; i++) {
    const day = cands.dayLo + i;
    if (!course.allows(day)) {
      if (cands.options[i][current.demand].length > 0) ruledOutDays.push(day);
      continue;
    }
    for (const o of cands.options[i][current.demand]) {
      const zone = model.clinics[o.clinic].zone;
      const preferred = model.prefWindows ? windowStartRanges(zone, day, model.prefWindows, svc.durationMs) : [];
      for (let r = 0; r < o.ranges.length; r += 2) {
        for (const start of gridStarts(zone, o.ranges[r], o.ranges[r + 1], model.stepMin, 96)) {
          const s: Session = { ...current, clinic: o.clinic, provider: o.provider, day, start, end: start + svc.durationMs, blockEnd: start + svc.blockMs };
          if (start === current.start && s.provider === current.provider && s.clinic === current.clinic) continue;
          if (others.some((x) => clash(x, s))) continue;
          if (!keepsDayOrder(fixed, day, start)) continue;
          const prev = byStart.filter((x) => x.start < start).pop();
          const next = byStart.find((x) => x.start > start);
          const inWindow = preferred.some(([lo, hi]) => lo <= start && start <= hi);
          out.push({
            session: s,
            finish: Math.max(lastOther, day),
            pref: cands.dayPref[i] + (model.providers[o.provider].preferred ? 1 : 0) + (inWindow ? 1 : 0),
            changes: (prev && prev.provider !== s.provider ? 1 : 0) + (next && next.provider !== s.provider ? 1 : 0),
          });
        }
      }
    }
  }
  return { model, ranked: out, ruledOutDays, fixedDays: fixed.map((f) => f.day).sort((a, b) => a - b) };
}

/** The best `limit` alternatives, ranked like the planner ranks plans (the reschedule dialog's list). */
export function alternativeSlots(request: PlanRequest, plan: PlanResult, index: number, limit = 10): PlannedSession[] {
  const moves = validMoves(request, plan, index);
  if (!moves) return [];
  const out = moves.ranked;
  const model = moves.model;
  out.sort((a, b) => a.finish - b.finish || b.pref - a.pref || a.changes - b.changes || a.session.start - b.session.start);
  return out.slice(0, limit).map((r) => toPlanned(model, r.session));
}

/** Every valid slot starting at or after `from`, by start (the reschedule dialog's free times). */
export function slotsByStart(request: PlanRequest, plan: PlanResult, index: number, from = -Infinity, limit = 2000): PlannedSession[] {
  const moves = validMoves(request, plan, index);
  if (!moves) return [];
  return moves.ranked
    .filter((r) => r.session.start >= from)
    .sort((a, b) => a.session.start - b.session.start)
    .slice(0, limit)
    .map((r) => toPlanned(moves.model, r.session));
}
