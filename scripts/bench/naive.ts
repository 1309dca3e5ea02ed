import { getZone, Zone } from "../../lib/scheduling/local-time";
import type { PlanRequest, PlanResult, PlannedSession } from "../../lib/scheduling";

// The naive baseline of the issue: for each requested session in turn, enumerate every slot of the horizon (day ×
// clinic × provider × grid time), check each by scanning the busy lists linearly, and keep the earliest that fits
// (myopic, earliest-first). `firstFit` stops after the first day with a fitting slot — the same plans, faster; it is
// shown beside it so the speed-up is not only against a strawman. Shares only the wall-clock conversion with the
// planner.

const MIN = 60_000;
const DAY = 86_400_000;
const minutes = (t: string) => (t === "24:00" ? 1440 : Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)));
const weekday = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;
const monday = (day: number) => day - (weekday(day) - 1);

interface Span {
  start: number;
  end: number;
}
interface Placed {
  day: number;
  start: number;
  end: number;
  blockEnd: number;
  provider: string;
}

function mergedMinutes(list: { start: string; end: string }[]): Span[] {
  const sorted = list.map((x) => ({ start: minutes(x.start), end: minutes(x.end) })).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export interface NaiveSetup {
  req: PlanRequest;
  lower: number;
  expires: number;
  step: number;
  firstDay: number;
  lastDay: number;
  busyOf: Map<string, Span[]>;
  patient: Span[];
  patientElsewhere: (Span & { clinicId: string })[]; // the patient's appointments with a clinic (rule 10)
  travel: number;
  booked: Placed[];
  zones: Map<string, Zone>;
}

export function setup(req: PlanRequest): NaiveSetup {
  const zones = new Map(req.clinics.map((c) => [c.id, getZone(c.timeZone)]));
  const lower = Math.max(Date.parse(req.now) + (req.minNoticeMinutes ?? 0) * MIN, req.earliestStart ? Date.parse(req.earliestStart) : -Infinity);
  const expires = Date.parse(req.expiresAt);
  const busyOf = new Map<string, Span[]>();
  for (const p of req.providers) busyOf.set(p.id, (p.timeOff ?? []).map((t) => ({ start: Date.parse(t.start), end: Date.parse(t.end) })));
  for (const b of req.busy ?? []) busyOf.get(b.providerId)?.push({ start: Date.parse(b.start), end: Date.parse(b.end) });
  const booked = (req.courseBooked ?? []).map((b) => {
    const start = Date.parse(b.start);
    return { day: zones.get(b.clinicId)!.dayOf(start), start, end: Date.parse(b.end), blockEnd: Date.parse(b.end), provider: "" };
  });
  const patient = (req.patientBusy ?? []).map((b) => ({ start: Date.parse(b.start), end: Date.parse(b.end) })).concat(booked);
  const patientElsewhere = (req.patientBusy ?? []).flatMap((b) =>
    b.clinicId === undefined ? [] : [{ clinicId: b.clinicId, start: Date.parse(b.start), end: Date.parse(b.end) }],
  );
  const selected = req.clinics.filter((c) => req.clinicIds.includes(c.id)).map((c) => zones.get(c.id)!);
  return {
    req,
    lower,
    expires,
    step: req.slotStepMinutes ?? 15,
    firstDay: Math.min(...selected.map((z) => z.dayOf(lower))),
    lastDay: Math.max(...selected.map((z) => z.dayOf(expires))),
    busyOf,
    patient,
    patientElsewhere,
    travel: (req.travelMinutes ?? 0) * MIN,
    booked,
    zones,
  };
}

/** Every slot (provider, clinic, start) for one session of `serviceId` on local `day`, checked against single-session
 *  rules only; `visit` returns true to stop. */
export function forEachSlot(
  s: NaiveSetup,
  serviceId: string,
  day: number,
  visit: (slot: { providerId: string; clinicId: string; start: number; end: number; blockEnd: number }) => boolean,
): void {
  const req = s.req;
  const svc = req.services.find((x) => x.id === serviceId)!;
  const dur = svc.durationMin * MIN;
  const block = (svc.durationMin + (svc.bufferAfterMin ?? 0)) * MIN;
  for (const clinic of req.clinics) {
    if (!req.clinicIds.includes(clinic.id) || !(clinic.serviceIds ?? []).includes(serviceId)) continue;
    const zone = s.zones.get(clinic.id)!;
    if ((clinic.closures ?? []).some((c) => Date.parse(`${c}T00:00:00Z`) / DAY === day)) continue;
    const toUtc = (m: number) => (m === 1440 ? zone.toUtc(day + 1, 0) : zone.toUtc(day, m));
    // Rule 9: the patient's weekdays, dates and windows, local to this clinic.
    const pa = req.patientAvailability;
    if (pa?.weekdays && !pa.weekdays.includes(weekday(day))) continue;
    if ((pa?.unavailableDates ?? []).some((c) => Date.parse(`${c}T00:00:00Z`) / DAY === day)) continue;
    const patientWindows = pa?.windows ? mergedMinutes(pa.windows).map((w) => ({ start: toUtc(w.start), end: toUtc(w.end) })) : null;
    const open = mergedMinutes((clinic.hours ?? []).filter((h) => h.weekday === weekday(day))).map((w) => ({ start: toUtc(w.start), end: toUtc(w.end) }));
    if (open.length === 0) continue;
    for (const prov of req.providers) {
      if (!req.providerIds.includes(prov.id) || !(prov.serviceIds ?? []).includes(serviceId)) continue;
      const avail = mergedMinutes((prov.availability ?? []).filter((a) => a.clinicId === clinic.id && a.weekday === weekday(day))).map((w) => ({
        start: toUtc(w.start),
        end: toUtc(w.end),
      }));
      if (avail.length === 0) continue;
      const busy = s.busyOf.get(prov.id)!;
      for (let m = 0; m < 1440; m += s.step) {
        const start = zone.toUtc(day, m);
        if (zone.minuteOf(start) !== m || zone.dayOf(start) !== day) continue;
        const end = start + dur;
        const blockEnd = start + block;
        if (start < s.lower || end > s.expires) continue;
        if (!open.some((w) => w.start <= start && blockEnd <= w.end)) continue;
        if (!avail.some((w) => w.start <= start && blockEnd <= w.end)) continue;
        let clash = false;
        for (const b of busy) if (b.start < blockEnd && start < b.end) clash = true;
        for (const b of s.patient) if (b.start < end && start < b.end) clash = true;
        for (const b of s.patientElsewhere)
          if (b.clinicId !== clinic.id && !(start >= b.end + s.travel || end + s.travel <= b.start)) clash = true;
        if (patientWindows && !patientWindows.some((w) => w.start <= start && end <= w.end)) clash = true;
        if (clash) continue;
        if (visit({ providerId: prov.id, clinicId: clinic.id, start, end, blockEnd })) return;
      }
    }
  }
}

export function naivePlan(req: PlanRequest, options: { firstFit?: boolean } = {}): PlanResult {
  const s = setup(req);
  const course: Placed[] = s.booked.slice();
  const out: PlannedSession[] = [];
  const unplaced: PlanResult["unplaced"] = [];
  const minDays = req.cadence?.minDaysBetween ?? 0;
  const maxPerWeek = req.cadence?.maxPerWeek ?? Infinity;
  for (const demand of req.sessions) {
    let missing = 0;
    for (let n = 0; n < demand.count; n++) {
      let found: Placed & { clinicId: string } | null = null;
      for (let day = s.firstDay; day <= s.lastDay && !(found && options.firstFit); day++) {
        if (course.some((c) => c.day === day || Math.abs(c.day - day) < minDays)) continue;
        if (course.filter((c) => monday(c.day) === monday(day)).length >= maxPerWeek) continue;
        forEachSlot(s, demand.serviceId, day, (slot) => {
          for (const c of course) {
            if (c.start < slot.end && slot.start < c.end) return false;
            if (c.provider === slot.providerId && c.start < slot.blockEnd && slot.start < c.blockEnd) return false;
            if ((c.start < slot.start && c.day > day) || (c.start > slot.start && c.day < day)) return false;
          }
          const f: { start: number } | null = found;
          if (!f || slot.start < f.start)
            found = { day, start: slot.start, end: slot.end, blockEnd: slot.blockEnd, provider: slot.providerId, clinicId: slot.clinicId };
          return false;
        });
      }
      if (!found) {
        missing++;
        continue;
      }
      const f: Placed & { clinicId: string } = found;
      course.push(f);
      out.push({ serviceId: demand.serviceId, providerId: f.provider, clinicId: f.clinicId, start: new Date(f.start).toISOString(), end: new Date(f.end).toISOString() });
    }
    if (missing > 0) unplaced.push({ serviceId: demand.serviceId, count: missing, reason: "no slot found (naive baseline)" });
  }
  out.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return { sessions: out, unplaced };
}
