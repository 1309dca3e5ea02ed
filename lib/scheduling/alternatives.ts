import { weekStart } from "./calendar";
import { clash, Session } from "./assign";
import { buildCandidates } from "./candidates";
import { buildModel } from "./model";
import { toPlanned } from "./plan";
import type { PlanRequest } from "./schema";
import { gridStarts } from "./slots";
import type { PlannedSession, PlanResult } from "./types";

// "Move" in the preview: other valid slots for one planned session while the rest of the plan stays put. Ranked
// like the planner ranks plans: the course's finish day, then preferences, then continuity, then earlier.

interface Ranked {
  session: Session;
  finish: number;
  pref: number;
  changes: number;
}

export function alternativeSlots(request: PlanRequest, plan: PlanResult, index: number, limit = 10): PlannedSession[] {
  const target = plan.sessions[index];
  if (!target) return [];
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
  if (current.demand < 0) return [];
  const svc = model.services[current.service];
  const fixed = others.map((s) => ({ day: s.day, start: s.start })).concat(model.booked.map((b) => ({ day: b.day, start: b.start })));
  const usedDays = new Set(fixed.map((f) => f.day));
  const perWeek = new Map<number, number>();
  for (const f of fixed) perWeek.set(weekStart(f.day), (perWeek.get(weekStart(f.day)) ?? 0) + 1);
  const lastOther = fixed.reduce((m, f) => Math.max(m, f.day), -Infinity);
  const byStart = others.slice().sort((a, b) => a.start - b.start);

  const out: Ranked[] = [];
  for (let i = 0; i < cands.nDays; i++) {
    const day = cands.dayLo + i;
    if (usedDays.has(day) || (perWeek.get(weekStart(day)) ?? 0) >= model.maxPerWeek) continue;
    if (fixed.some((f) => f.day !== day && Math.abs(f.day - day) < model.minDaysBetween)) continue;
    for (const o of cands.options[i][current.demand]) {
      const zone = model.clinics[o.clinic].zone;
      for (let r = 0; r < o.ranges.length; r += 2) {
        for (const start of gridStarts(zone, o.ranges[r], o.ranges[r + 1], model.stepMin, 96)) {
          const s: Session = { ...current, clinic: o.clinic, provider: o.provider, day, start, end: start + svc.durationMs, blockEnd: start + svc.blockMs };
          if (start === current.start && s.provider === current.provider && s.clinic === current.clinic) continue;
          if (others.some((x) => clash(x, s))) continue;
          // Ordered by start, local days must not run backwards (possible across zones).
          if (fixed.some((f) => (f.start < start && f.day > day) || (f.start > start && f.day < day))) continue;
          const prev = byStart.filter((x) => x.start < start).pop();
          const next = byStart.find((x) => x.start > start);
          const startMin = zone.minuteOf(start);
          const inWindow = (model.prefWindows ?? []).some((w) => startMin >= w.start && startMin + svc.durationMs / 60_000 <= w.end);
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
  out.sort((a, b) => a.finish - b.finish || b.pref - a.pref || a.changes - b.changes || a.session.start - b.session.start);
  return out.slice(0, limit).map((r) => toPlanned(model, r.session));
}
