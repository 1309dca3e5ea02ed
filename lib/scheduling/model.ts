import { DAY_MS, MINUTE_MS, parseLocalDate, parseLocalTime } from "./calendar";
import { instantMs } from "./instant";
import { buildBusyIndex, BusyIndex } from "./busy-index";
import { Interval, mergeIntervals } from "./intervals";
import { getZone, Zone } from "./local-time";
import { earliestAllowedStart } from "./notice";
import { describePatientAvailability } from "./patient-availability";
import type { PlanRequest } from "./schema";
import { weeklyByDay } from "./weekly-hours";

// The request turned into numbers once: instants in ms, wall times in minutes, ids in indexes, busy lists sorted
// and merged. Everything downstream works on this model and never re-parses text.

export interface ClinicModel {
  id: string;
  zone: Zone;
  hours: Interval[][]; // merged minutes per ISO weekday 1…7
  closures: Set<number>;
  services: Set<number>;
  selected: boolean;
}

export interface ServiceModel {
  id: string;
  name: string;
  durationMs: number;
  blockMs: number; // duration + buffer
}

export interface ProviderModel {
  id: string;
  services: Set<number>;
  availability: Map<number, Interval[][]>; // clinic index → merged minutes per weekday
  blocked: BusyIndex; // busy ∪ time off over the planning horizon
  selected: boolean;
  preferred: boolean;
}

export interface BookedModel {
  clinic: number;
  start: number;
  end: number;
  day: number; // local day at its clinic
}

export interface Demand {
  service: number;
  count: number;
}

export interface PlanModel {
  clinics: ClinicModel[];
  services: ServiceModel[];
  providers: ProviderModel[];
  /** Per clinic index: when a session there may not run — the patient's appointments (widened by the travel time
   *  when they are at another clinic, rule 10) and the booked course sessions, merged. */
  patientBusyAt: Interval[][];
  booked: BookedModel[]; // sorted by start
  demands: Demand[];
  earliest: number;
  expires: number;
  stepMin: number;
  minDaysBetween: number;
  maxPerWeek: number; // Infinity when not set
  prefWeekdays: Set<number> | null;
  prefWindows: Interval[] | null; // minutes
  hasPreferences: boolean;
  patient: PatientModel | null; // hard rule 9; null when the request has no patientAvailability
}

export interface PatientModel {
  weekdays: Set<number> | null;
  windows: Interval[] | null; // merged minutes, local to the session's clinic
  unavailable: Set<number>; // local day numbers
  description: string; // in words, for the reasons
}

const ms = instantMs;
const minutes = (s: string, end: boolean) => parseLocalTime(s, end) ?? 0;

export function buildModel(r: PlanRequest): PlanModel {
  const clinicIndex = new Map(r.clinics.map((c, i) => [c.id, i]));
  const serviceIndex = new Map(r.services.map((s, i) => [s.id, i]));
  const selectedClinics = new Set(r.clinicIds);
  const selectedProviders = new Set(r.providerIds);
  const preferredProviders = new Set(r.preferences?.providerIds ?? []);

  const clinics: ClinicModel[] = r.clinics.map((c) => ({
    id: c.id,
    zone: getZone(c.timeZone),
    hours: weeklyByDay((c.hours ?? []).map((h) => ({ weekday: h.weekday, start: minutes(h.start, false), end: minutes(h.end, true) }))),
    closures: new Set((c.closures ?? []).map((d) => parseLocalDate(d) ?? NaN)),
    services: new Set((c.serviceIds ?? []).map((s) => serviceIndex.get(s) ?? -1)),
    selected: selectedClinics.has(c.id),
  }));

  const services: ServiceModel[] = r.services.map((s) => ({
    id: s.id,
    name: (s as { name?: string }).name ?? s.id,
    durationMs: s.durationMin * MINUTE_MS,
    blockMs: (s.durationMin + (s.bufferAfterMin ?? 0)) * MINUTE_MS,
  }));

  const earliest = earliestAllowedStart(ms(r.now), r.minNoticeMinutes ?? 0, r.earliestStart === undefined ? undefined : ms(r.earliestStart));
  const expires = ms(r.expiresAt);
  // UTC days that any local day of the horizon can touch (zones are within ±14 h of UTC).
  const firstUtcDay = Math.floor(earliest / DAY_MS) - 2;
  const lastUtcDay = Math.max(firstUtcDay, Math.floor(expires / DAY_MS) + 2);

  // Busy blocks are the bulk of a large request: parse them straight into per-provider typed arrays.
  const providerIndex = new Map(r.providers.map((p, i) => [p.id, i]));
  const busy = r.busy ?? [];
  const sizes = new Int32Array(r.providers.length);
  const owner = new Int32Array(busy.length);
  busy.forEach((b, i) => sizes[(owner[i] = providerIndex.get(b.providerId) ?? -1)]++);
  const starts = r.providers.map((p, i) => new Float64Array(sizes[i] + (p.timeOff?.length ?? 0)));
  const ends = r.providers.map((p, i) => new Float64Array(sizes[i] + (p.timeOff?.length ?? 0)));
  const fill = new Int32Array(r.providers.length);
  const add = (p: number, start: number, end: number) => {
    // An empty or reversed interval blocks nothing (the schema rejects them; stay safe if called unvalidated).
    if (p < 0 || !(end > start)) return;
    starts[p][fill[p]] = start;
    ends[p][fill[p]++] = end;
  };
  busy.forEach((b, i) => add(owner[i], ms(b.start), ms(b.end)));

  const providers: ProviderModel[] = r.providers.map((p, pi) => {
    const byClinic = new Map<number, { weekday: number; start: number; end: number }[]>();
    for (const a of p.availability ?? []) {
      const ci = clinicIndex.get(a.clinicId);
      if (ci === undefined) continue;
      let list = byClinic.get(ci);
      if (!list) byClinic.set(ci, (list = []));
      list.push({ weekday: a.weekday, start: minutes(a.start, false), end: minutes(a.end, true) });
    }
    for (const t of p.timeOff ?? []) add(pi, ms(t.start), ms(t.end));
    return {
      id: p.id,
      services: new Set((p.serviceIds ?? []).map((s) => serviceIndex.get(s) ?? -1)),
      availability: new Map([...byClinic].map(([ci, list]) => [ci, weeklyByDay(list)])),
      blocked: buildBusyIndex(starts[pi], ends[pi], fill[pi], firstUtcDay, lastUtcDay),
      selected: selectedProviders.has(p.id),
      preferred: preferredProviders.has(p.id),
    };
  });

  const booked: BookedModel[] = (r.courseBooked ?? [])
    .map((b) => {
      const clinic = clinicIndex.get(b.clinicId) ?? 0;
      const start = ms(b.start);
      return { clinic, start, end: ms(b.end), day: clinics[clinic].zone.dayOf(start) };
    })
    .sort((a, b) => a.start - b.start);

  const travelMs = (r.travelMinutes ?? 0) * MINUTE_MS;
  const patientEntries = (r.patientBusy ?? []).map((b) => ({ clinicId: b.clinicId, start: ms(b.start), end: ms(b.end) }));
  const bookedSpans = booked.map((b) => ({ start: b.start, end: b.end }));
  const patientBusyAt = clinics.map((c) =>
    mergeIntervals(
      patientEntries
        .map((b) => (b.clinicId !== undefined && b.clinicId !== c.id && travelMs > 0 ? { start: b.start - travelMs, end: b.end + travelMs } : b))
        .concat(bookedSpans),
    ),
  );

  const prefs = r.preferences;
  const prefWeekdays = prefs?.weekdays && prefs.weekdays.length > 0 ? new Set(prefs.weekdays) : null;
  const prefWindows =
    prefs?.windows && prefs.windows.length > 0
      ? mergeIntervals(prefs.windows.map((w) => ({ start: minutes(w.start, false), end: minutes(w.end, true) })))
      : null;

  return {
    clinics,
    services,
    providers,
    patientBusyAt,
    booked,
    demands: r.sessions.map((s) => ({ service: serviceIndex.get(s.serviceId) ?? -1, count: s.count })),
    earliest,
    expires,
    stepMin: r.slotStepMinutes ?? 15,
    minDaysBetween: r.cadence?.minDaysBetween ?? 0,
    maxPerWeek: r.cadence?.maxPerWeek ?? Infinity,
    prefWeekdays,
    prefWindows,
    hasPreferences: prefWeekdays !== null || prefWindows !== null || preferredProviders.size > 0,
    patient: patientModel(r.patientAvailability),
  };
}

function patientModel(a: PlanRequest["patientAvailability"]): PatientModel | null {
  if (!a) return null;
  return {
    weekdays: a.weekdays && a.weekdays.length > 0 ? new Set(a.weekdays) : null,
    windows: a.windows && a.windows.length > 0 ? mergeIntervals(a.windows.map((w) => ({ start: minutes(w.start, false), end: minutes(w.end, true) }))) : null,
    unavailable: new Set((a.unavailableDates ?? []).map((d) => parseLocalDate(d) ?? NaN)),
    description: describePatientAvailability(a),
  };
}
