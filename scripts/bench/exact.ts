import type { PlanRequest, PlanResult } from "../../lib/scheduling";
import { getZone } from "../../lib/scheduling/local-time";
import { forEachSlot, setup } from "./naive";

// The exact reference for small requests: a time-indexed MILP solved by HiGHS. One binary per (service, local day)
// on which a session of that service fits at all (found by the naive slot enumeration, not by the planner); rows
// for counts, one session per day, the minimum gap (any window of minDaysBetween consecutive days holds at most
// one session), the weekly cap, and F ≥ (day + 1) for every day used. Objective: maximise W·(sessions) − F with W
// larger than any F, i.e. most sessions first, then the earliest last day.

export interface ExactResult {
  placed: number;
  finish: number | null; // day index relative to the first day; null when the course is empty
  firstDay: number;
}

export interface Highs {
  solve(lp: string, options?: Record<string, unknown>): { Status: string; Columns: Record<string, { Primal: number }> };
}

const weekday = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;
const monday = (day: number) => day - (weekday(day) - 1);

export function exactModel(req: PlanRequest): { lp: string; firstDay: number; vars: string[]; lastBooked: number | null } {
  const s = setup(req);
  const nDays = s.lastDay - s.firstDay + 1;
  const m = req.cadence?.minDaysBetween ?? 0;
  const cap = req.cadence?.maxPerWeek;
  const bookedDays = s.booked.map((b) => b.day);
  const lastBooked = bookedDays.length ? Math.max(...bookedDays) - s.firstDay : null;
  const x: { name: string; k: number; i: number }[] = [];
  req.sessions.forEach((demand, k) => {
    for (let i = 0; i < nDays; i++) {
      const day = s.firstDay + i;
      if (bookedDays.some((b) => b === day || Math.abs(b - day) < m)) continue;
      let ok = false;
      forEachSlot(s, demand.serviceId, day, () => (ok = true));
      if (ok) x.push({ name: `x_${k}_${i}`, k, i });
    }
  });
  const W = nDays + 5;
  const rows: string[] = [];
  req.sessions.forEach((demand, k) => {
    const vs = x.filter((v) => v.k === k);
    if (vs.length) rows.push(`count_${k}: ${vs.map((v) => v.name).join(" + ")} <= ${demand.count}`);
  });
  for (let i = 0; i < nDays; i++) {
    const vs = x.filter((v) => v.i === i);
    if (vs.length > 1) rows.push(`day_${i}: ${vs.map((v) => v.name).join(" + ")} <= 1`);
    if (m >= 2) {
      const win = x.filter((v) => v.i >= i && v.i < i + m);
      if (win.length > 1) rows.push(`gap_${i}: ${win.map((v) => v.name).join(" + ")} <= 1`);
    }
  }
  if (cap !== undefined) {
    const weeks = new Map<number, typeof x>();
    for (const v of x) {
      const w = monday(s.firstDay + v.i);
      weeks.set(w, [...(weeks.get(w) ?? []), v]);
    }
    for (const [w, vs] of weeks) {
      const left = cap - bookedDays.filter((b) => monday(b) === w).length;
      rows.push(`week_${w}: ${vs.map((v) => v.name).join(" + ")} <= ${Math.max(0, left)}`);
    }
  }
  for (const v of x) rows.push(`fin_${v.name}: F - ${v.i + 1} ${v.name} >= 0`);
  const objective = x.length ? `${x.map((v) => `${W} ${v.name}`).join(" + ")} - F` : "- F";
  const lp = [
    "Maximize",
    ` obj: ${objective}`,
    "Subject To",
    ...(rows.length ? rows.map((r) => ` ${r}`) : [" dummy: F >= 0"]),
    "Bounds",
    ` ${lastBooked === null ? 0 : lastBooked + 1} <= F <= ${nDays + 1}`,
    ...(x.length ? ["Binary", ` ${x.map((v) => v.name).join(" ")}`] : []),
    "End",
  ].join("\n");
  return { lp, firstDay: s.firstDay, vars: x.map((v) => v.name), lastBooked };
}

export function solveExact(highs: Highs, req: PlanRequest): ExactResult {
  const { lp, firstDay, vars, lastBooked } = exactModel(req);
  const res = highs.solve(lp, { output_flag: false, mip_rel_gap: 0 });
  if (res.Status !== "Optimal") throw new Error(`HiGHS: ${res.Status}`);
  const placed = Math.round(vars.reduce((a, v) => a + res.Columns[v].Primal, 0));
  const F = Math.round(res.Columns.F?.Primal ?? 0);
  // With nothing placed the finish is the last booked session's day, which may lie before the horizon (F's bound).
  return { placed, finish: placed > 0 ? F - 1 : lastBooked, firstDay };
}

/** A plan's finish as `solveExact` counts it: the local day (relative to `firstDay`) of the course's last session,
 *  planned or booked; null when the course is empty. */
export function finishOf(req: PlanRequest, plan: PlanResult, firstDay: number): number | null {
  const zones = new Map(req.clinics.map((c) => [c.id, getZone(c.timeZone)]));
  const days = plan.sessions
    .map((s) => zones.get(s.clinicId)!.dayOf(Date.parse(s.start)))
    .concat((req.courseBooked ?? []).map((b) => zones.get(b.clinicId)!.dayOf(Date.parse(b.start))));
  return days.length ? Math.max(...days) - firstDay : null;
}
