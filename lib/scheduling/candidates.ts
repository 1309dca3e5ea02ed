import { isoWeekday } from "./calendar";
import { subtractBusy } from "./busy-index";
import { Interval, firstEndingAfter, intersectIntervals } from "./intervals";
import type { Zone } from "./local-time";
import type { PatientModel, PlanModel } from "./model";
import { nextGridStart } from "./slots";
import { dayMinutesToUtc, windowStartRanges } from "./weekly-hours";

// Per local day and requested service: every (clinic, provider) that could host one session that day, with the
// exact instants it may start. Rules that involve a single session (rules 1, 2, 3 against existing busy time, the
// patient's appointments, notice, expiry, the step grid) are settled here once; what is left for the search is
// only how sessions interact (one per day, cadence, weekly cap).

export interface Option {
  clinic: number;
  provider: number;
  /** Inclusive ranges [lo, hi] of allowed starts, flattened; each lo is itself on the grid. */
  ranges: number[];
  /** Soft score of the best start: +1 preferred provider, +1 inside a preferred window. */
  pref: number;
  /** Earliest on-grid start achieving `pref`. */
  prefStart: number;
}

export interface Candidates {
  dayLo: number;
  nDays: number;
  /** options[dayIndex][demandIndex] */
  options: Option[][][];
  /** Preferred-weekday bonus per day index (0 or 1). */
  dayPref: number[];
  /** When the request has a patient availability: [dayIndex * demands + k] = 1 when demand k would have an option
   *  that day without hard rule 9 (so the reasons can tell when the patient's availability is what binds). */
  withoutPatient: Uint8Array | null;
}

/** Local days [lo, hi] any selected clinic could use between the earliest start and expiry. */
export function dayRange(model: PlanModel): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of model.clinics) {
    if (!c.selected) continue;
    lo = Math.min(lo, c.zone.dayOf(model.earliest));
    hi = Math.max(hi, c.zone.dayOf(model.expires));
  }
  return [lo, hi];
}

/** Allowed starts of a session of `durationMs`/`blockMs` inside `free`, as grid-aligned inclusive ranges. */
export function allowedStarts(
  model: PlanModel,
  clinic: number,
  zone: Zone,
  free: readonly Interval[],
  durationMs: number,
  blockMs: number,
): number[] {
  const out: number[] = [];
  const lower = model.earliest;
  const upper = model.expires - durationMs;
  const pb = model.patientBusyAt[clinic];
  for (const f of free) {
    let lo = Math.max(f.start, lower);
    const hi = Math.min(f.end - blockMs, upper);
    if (hi < lo) continue;
    // A start t clashes with the patient's appointment [s, e) when s - duration < t < e.
    for (let k = firstEndingAfter(pb, lo); k < pb.length && pb[k].start - durationMs < hi; k++) {
      pushGridRange(out, zone, model.stepMin, lo, Math.min(hi, pb[k].start - durationMs));
      lo = Math.max(lo, pb[k].end);
    }
    pushGridRange(out, zone, model.stepMin, lo, hi);
  }
  return out;
}

/** Appends [first on-grid start ≥ lo, hi] when the range holds an on-grid start. */
function pushGridRange(out: number[], zone: Zone, stepMin: number, lo: number, hi: number) {
  if (hi < lo) return;
  const g = nextGridStart(zone, lo, stepMin);
  if (g <= hi) out.push(g, hi);
}

export function buildCandidates(model: PlanModel): Candidates {
  const [dayLo, dayHi] = dayRange(model);
  const nDays = Number.isFinite(dayLo) && dayHi >= dayLo ? dayHi - dayLo + 1 : 0;
  const options: Option[][][] = Array.from({ length: nDays }, () => model.demands.map(() => []));
  const dayPref: number[] = [];
  const K = model.demands.length;
  const patient = model.patient;
  const withoutPatient = patient ? new Uint8Array(nDays * K) : null;
  for (let i = 0; i < nDays; i++) dayPref.push(model.prefWeekdays?.has(isoWeekday(dayLo + i)) ? 1 : 0);

  model.clinics.forEach((clinic, ci) => {
    if (!clinic.selected) return;
    const zone = clinic.zone;
    const demandsHere = model.demands.map((d, k) => (clinic.services.has(d.service) ? k : -1)).filter((k) => k >= 0);
    if (demandsHere.length === 0) return;
    const staff = model.providers
      .map((p, pi) => ({ p, pi, ks: demandsHere.filter((k) => p.services.has(model.demands[k].service)) }))
      .filter((x) => x.p.selected && x.ks.length > 0 && x.p.availability.has(ci))
      // Clinic hours ∩ the provider's hours at this clinic, once per weekday rather than once per day.
      .map((x) => ({ ...x, weekly: clinic.hours.map((open, wd) => intersectIntervals(open, x.p.availability.get(ci)![wd] ?? [])) }));
    if (staff.length === 0) return;
    const from = Math.max(dayLo, zone.dayOf(model.earliest));
    const to = Math.min(dayHi, zone.dayOf(model.expires));
    for (let day = from; day <= to; day++) {
      if (clinic.closures.has(day)) continue;
      const wd = isoWeekday(day);
      const open = clinic.hours[wd];
      if (open.length === 0) continue;
      const patientOk = !patient || patientDayAllowed(patient, day);
      // Without a patient availability there is nothing to learn from a day the patient cannot come: skip it.
      if (!patientOk && !withoutPatient) continue;
      for (const { p, pi, ks, weekly } of staff) {
        const minutes = weekly[wd];
        if (minutes.length === 0) continue;
        const free = subtractBusy(dayMinutesToUtc(zone, day, minutes), p.blocked);
        if (free.length === 0) continue;
        for (const k of ks) {
          const svc = model.services[model.demands[k].service];
          const all = allowedStarts(model, ci, zone, free, svc.durationMs, svc.blockMs);
          if (all.length === 0) continue;
          if (withoutPatient) withoutPatient[(day - dayLo) * K + k] = 1;
          if (!patientOk) continue;
          const ranges = patient?.windows ? clipRanges(all, windowStartRanges(zone, day, patient.windows, svc.durationMs), zone, model.stepMin) : all;
          if (ranges.length === 0) continue;
          const [pref, prefStart] = scoreOption(model, zone, day, ranges, svc.durationMs, p.preferred);
          options[day - dayLo][k].push({ clinic: ci, provider: pi, ranges, pref, prefStart });
        }
      }
    }
  });
  return { dayLo, nDays, options, dayPref, withoutPatient };
}

/** Hard rule 9 for a whole local day: the patient comes on this weekday and not on an unavailable date. */
export function patientDayAllowed(patient: PatientModel, day: number): boolean {
  return (patient.weekdays === null || patient.weekdays.has(isoWeekday(day))) && !patient.unavailable.has(day);
}

/** Start ranges ∩ limits (both inclusive), each kept range starting on the grid. */
function clipRanges(ranges: readonly number[], limits: readonly [number, number][], zone: Zone, stepMin: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < ranges.length; i += 2)
    for (const [lo, hi] of limits) pushGridRange(out, zone, stepMin, Math.max(ranges[i], lo), Math.min(ranges[i + 1], hi));
  return out;
}

function scoreOption(
  model: PlanModel,
  zone: Zone,
  day: number,
  ranges: number[],
  durationMs: number,
  preferredProvider: boolean,
): [number, number] {
  const base = preferredProvider ? 1 : 0;
  if (model.prefWindows) {
    for (const [wLo, wHi] of windowStartRanges(zone, day, model.prefWindows, durationMs)) {
      for (let i = 0; i < ranges.length; i += 2) {
        const lo = Math.max(ranges[i], wLo);
        const hi = Math.min(ranges[i + 1], wHi);
        if (hi < lo) continue;
        const g = nextGridStart(zone, lo, model.stepMin);
        if (g <= hi) return [base + 1, g];
      }
    }
  }
  return [base, ranges[0]];
}
