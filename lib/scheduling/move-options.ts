import { validMoves, type Ranked } from "./alternatives";
import { toPlanned } from "./plan";
import type { PlanRequest } from "./schema";
import type { PlannedSession, PlanResult } from "./types";

// The preview's Move list: the valid times for one session (the rest of the plan fixed), in date order from a chosen
// day, a few per day. Date order — not the planner's ranking — because a receptionist with a patient on the phone
// looks for "next Tuesday", and a ranked list (Tue 8, Wed 9, Mon 7, Mon 11 Jan) hides it. Every course rule still
// holds: a day is offered only when the session kept there leaves the course valid.

export interface MoveOptions {
  /** By start: the first `days` days with a valid time on or after `from`, at most `perDay` each. */
  slots: PlannedSession[];
  /** Local day numbers (the session's clinic): the first a session may use, `from`, the course's last usable day. */
  earliestDay: number;
  fromDay: number;
  lastDay: number;
  /** The local days of `slots`, in order. */
  shownDays: number[];
  /** Valid times and days on or after `from`, before expiry (not only those shown). */
  total: number;
  totalDays: number;
  /** Days on or after `from` with a free time that the course rules exclude (one per day, gap, weekly cap). */
  ruledOutDays: number[];
  /** The other sessions' local days, sorted: what the course rules measure against. */
  fixedDays: number[];
  /** "Tuesdays, 08:00–12:00" when the patient's availability (hard rule 9) applies. */
  patientAvailability: string | null;
  minDaysBetween: number;
  maxPerWeek: number;
}

export function moveOptions(
  request: PlanRequest,
  plan: PlanResult,
  index: number,
  options: { from?: number; days?: number; perDay?: number } = {},
): MoveOptions | null {
  const moves = validMoves(request, plan, index);
  if (!moves) return null;
  const { model } = moves;
  const zone = model.clinics[model.clinics.findIndex((c) => c.id === plan.sessions[index].clinicId)]?.zone ?? model.clinics[0].zone;
  const from = Math.max(options.from ?? model.earliest, model.earliest);
  const fromDay = zone.dayOf(from);
  const inRange = moves.ranked.filter((r) => r.session.start >= from).sort((a, b) => a.session.start - b.session.start);
  const byDay = new Map<number, Ranked[]>();
  for (const r of inRange) byDay.set(r.session.day, [...(byDay.get(r.session.day) ?? []), r]);
  const shownDays = [...byDay.keys()].slice(0, options.days ?? 6);
  const shown = shownDays.flatMap((day) => pickFromDay(byDay.get(day)!, options.perDay ?? 4));
  return {
    slots: shown.map((r) => toPlanned(model, r.session)),
    earliestDay: zone.dayOf(model.earliest),
    fromDay,
    lastDay: zone.dayOf(model.expires - 1),
    shownDays,
    total: inRange.length,
    totalDays: byDay.size,
    ruledOutDays: moves.ruledOutDays.filter((d) => d >= fromDay),
    fixedDays: moves.fixedDays,
    patientAvailability: model.patient?.description ?? null,
    minDaysBetween: model.minDaysBetween,
    maxPerWeek: model.maxPerWeek,
  };
}

/**
 * At most `n` times of one day (sorted by start): the patient's preferred ones when the day has any, spread over the
 * day rather than 09:15, 09:30, 09:45 — the choice between morning and afternoon is the one a desk is asked for.
 */
function pickFromDay(day: Ranked[], n: number): Ranked[] {
  const best = Math.max(...day.map((r) => r.pref));
  const pool = day.filter((r) => r.pref === best);
  if (pool.length <= n) return pool;
  return Array.from({ length: n }, (_, k) => pool[Math.round((k * (pool.length - 1)) / (n - 1))]);
}
