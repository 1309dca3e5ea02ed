import { tzOffset } from "@date-fns/tz";
import type { PlanRequest, PlanResult } from "@/lib/scheduling";

// An independent checker of the contract's hard rules 1–10 (docs/planner-contract.md), written from the contract alone: it shares no code with the
// planner (only its types), uses another source of zone offsets (@date-fns/tz) and another formulation of wall
// time → instant ("the first instant whose wall clock reads at least that time"). Returns every violation found.

const MIN = 60_000;
const DAY = 86_400_000;

const offsetCache = new Map<string, number>();
function offsetMs(zone: string, u: number): number {
  const key = `${zone}|${Math.floor(u / MIN)}`;
  let o = offsetCache.get(key);
  if (o === undefined) {
    o = tzOffset(zone, new Date(Math.floor(u / MIN) * MIN)) * MIN;
    offsetCache.set(key, o);
  }
  return o;
}

/** Wall clock of instant u as "naive" ms (local date and time read as if UTC). */
const wall = (zone: string, u: number) => u + offsetMs(zone, u);
const localDay = (zone: string, u: number) => Math.floor(wall(zone, u) / DAY);
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const isoWeekday = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const toUtcCache = new Map<string, number>();
/** The first instant whose wall clock reads at least `naive` — exact for normal, skipped and repeated times. */
function toUtc(zone: string, naive: number): number {
  const key = `${zone}|${naive}`;
  const hit = toUtcCache.get(key);
  if (hit !== undefined) return hit;
  const lo = naive - 16 * 3_600_000;
  const hi = naive + 16 * 3_600_000;
  const candidates = new Set<number>();
  // Instants where the offset changes, found by scanning the window hourly and bisecting to the minute.
  let prevU = lo;
  let prevO = offsetMs(zone, lo);
  candidates.add(naive - prevO);
  for (let u = lo + 3_600_000; u <= hi; u += 3_600_000) {
    const o = offsetMs(zone, u);
    if (o !== prevO) {
      let a = prevU;
      let b = u;
      while (b - a > MIN) {
        const m = Math.floor((a + b) / 2 / MIN) * MIN;
        if (m <= a || m >= b) break;
        if (offsetMs(zone, m) === prevO) a = m;
        else b = m;
      }
      candidates.add(b);
      candidates.add(naive - o);
    }
    prevU = u;
    prevO = o;
  }
  let best = Infinity;
  for (const c of candidates) if (wall(zone, c) >= naive && c < best) best = c;
  toUtcCache.set(key, best);
  return best;
}

interface Win {
  start: number;
  end: number;
}

/** Merged wall-clock windows of one local day, as UTC intervals. */
function dayWindows(zone: string, day: number, list: { start: string; end: string }[]): Win[] {
  const mins = list.map((x) => ({ start: minutes(x.start), end: x.end === "24:00" ? 1440 : minutes(x.end) })).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const m of mins) {
    const last = merged[merged.length - 1];
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else merged.push({ ...m });
  }
  return merged.map((m) => ({ start: toUtc(zone, day * DAY + m.start * MIN), end: toUtc(zone, day * DAY + m.end * MIN) }));
}

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1;

export function checkPlan(req: PlanRequest, plan: PlanResult): string[] {
  const errors: string[] = [];
  const clinics = new Map(req.clinics.map((c) => [c.id, c]));
  const services = new Map(req.services.map((s) => [s.id, s]));
  const providers = new Map(req.providers.map((p) => [p.id, p]));
  const now = Date.parse(req.now);
  const lower = Math.max(now + (req.minNoticeMinutes ?? 0) * MIN, req.earliestStart ? Date.parse(req.earliestStart) : -Infinity);
  const expires = Date.parse(req.expiresAt);
  const step = req.slotStepMinutes ?? 15;

  const sessions = plan.sessions.map((s, i) => {
    const svc = services.get(s.serviceId);
    const start = Date.parse(s.start);
    const end = Date.parse(s.end);
    const zone = clinics.get(s.clinicId)?.timeZone ?? "UTC";
    return { ...s, i, start, end, blockEnd: end + (svc?.bufferAfterMin ?? 0) * MIN, zone, day: localDay(zone, start) };
  });

  for (let i = 1; i < sessions.length; i++)
    if (sessions[i].start < sessions[i - 1].start) errors.push(`sessions not sorted by start at ${i}`);

  for (const s of sessions) {
    const tag = `session ${s.i} (${s.serviceId} ${s.providerId}@${s.clinicId} ${new Date(s.start).toISOString()})`;
    const clinic = clinics.get(s.clinicId);
    const svc = services.get(s.serviceId);
    const prov = providers.get(s.providerId);
    if (!clinic || !svc || !prov) {
      errors.push(`${tag}: unknown id`);
      continue;
    }
    // Rule 1
    if (!req.clinicIds.includes(clinic.id)) errors.push(`${tag}: clinic not selected`);
    if (!req.providerIds.includes(prov.id)) errors.push(`${tag}: provider not selected`);
    if (!(clinic.serviceIds ?? []).includes(svc.id)) errors.push(`${tag}: clinic does not offer service`);
    if (!(prov.serviceIds ?? []).includes(svc.id)) errors.push(`${tag}: provider not qualified`);
    if (s.end - s.start !== svc.durationMin * MIN) errors.push(`${tag}: wrong duration`);
    // Rule 2
    const wd = isoWeekday(s.day);
    const closures = (clinic.closures ?? []).map(dayNumber);
    if (closures.includes(s.day)) errors.push(`${tag}: clinic closed that day`);
    const open = dayWindows(s.zone, s.day, (clinic.hours ?? []).filter((h) => h.weekday === wd));
    if (!open.some((w) => w.start <= s.start && s.blockEnd <= w.end)) errors.push(`${tag}: outside clinic hours`);
    const avail = dayWindows(s.zone, s.day, (prov.availability ?? []).filter((a) => a.clinicId === clinic.id && a.weekday === wd));
    if (!avail.some((w) => w.start <= s.start && s.blockEnd <= w.end)) errors.push(`${tag}: outside provider availability`);
    // Rule 3
    for (const b of req.busy ?? [])
      if (b.providerId === prov.id && overlaps(s.start, s.blockEnd, Date.parse(b.start), Date.parse(b.end))) errors.push(`${tag}: provider busy`);
    for (const t of prov.timeOff ?? [])
      if (overlaps(s.start, s.blockEnd, Date.parse(t.start), Date.parse(t.end))) errors.push(`${tag}: provider time off`);
    // Rule 4 (patient)
    for (const b of req.patientBusy ?? [])
      if (overlaps(s.start, s.end, Date.parse(b.start), Date.parse(b.end))) errors.push(`${tag}: patient busy`);
    for (const b of req.courseBooked ?? [])
      if (overlaps(s.start, s.end, Date.parse(b.start), Date.parse(b.end))) errors.push(`${tag}: overlaps a booked course session`);
    // Rule 9: the patient's availability, local to this clinic
    const pa = req.patientAvailability;
    if (pa) {
      if (pa.weekdays && !pa.weekdays.includes(wd)) errors.push(`${tag}: patient does not come on weekday ${wd}`);
      if ((pa.unavailableDates ?? []).map(dayNumber).includes(s.day)) errors.push(`${tag}: patient unavailable that date`);
      if (pa.windows && !dayWindows(s.zone, s.day, pa.windows).some((w) => w.start <= s.start && s.end <= w.end))
        errors.push(`${tag}: outside the patient's windows`);
    }
    // Rule 10: travel between the patient's appointments at other clinics and this session
    const travel = (req.travelMinutes ?? 0) * MIN;
    for (const b of req.patientBusy ?? []) {
      if (b.clinicId === undefined || b.clinicId === clinic.id) continue;
      const b0 = Date.parse(b.start);
      const b1 = Date.parse(b.end);
      if (!(s.start >= b1 + travel || s.end + travel <= b0)) errors.push(`${tag}: no ${req.travelMinutes} min travel from/to the patient's appointment at ${b.clinicId}`);
    }
    // Rule 5
    if (s.start < lower) errors.push(`${tag}: before notice/earliest start`);
    if (s.end > expires) errors.push(`${tag}: ends after expiry`);
    // Rule 6
    const w = wall(s.zone, s.start);
    if ((w - Math.floor(w / DAY) * DAY) % (step * MIN) !== 0) errors.push(`${tag}: off the ${step}-minute grid`);
  }

  // Rules 3 and 4 between planned sessions
  for (const a of sessions)
    for (const b of sessions) {
      if (a.i >= b.i) continue;
      if (overlaps(a.start, a.end, b.start, b.end)) errors.push(`sessions ${a.i} and ${b.i} overlap`);
      if (a.providerId === b.providerId && overlaps(a.start, a.blockEnd, b.start, b.blockEnd))
        errors.push(`sessions ${a.i} and ${b.i} clash for provider ${a.providerId}`);
    }

  // Rules 4 and 7 over the whole course (planned + already booked)
  const course = sessions
    .map((s) => ({ planned: true, start: s.start, day: s.day, label: `session ${s.i}` }))
    .concat(
      (req.courseBooked ?? []).map((b, i) => {
        const zone = clinics.get(b.clinicId)?.timeZone ?? "UTC";
        const start = Date.parse(b.start);
        return { planned: false, start, day: localDay(zone, start), label: `booked ${i}` };
      }),
    )
    .sort((a, b) => a.start - b.start);
  for (let i = 0; i < course.length; i++)
    for (let j = i + 1; j < course.length; j++)
      if ((course[i].planned || course[j].planned) && course[i].day === course[j].day)
        errors.push(`${course[i].label} and ${course[j].label} on the same local day`);
  const minDays = req.cadence?.minDaysBetween;
  if (minDays !== undefined)
    for (let i = 1; i < course.length; i++) {
      const a = course[i - 1];
      const b = course[i];
      if ((a.planned || b.planned) && b.day - a.day < minDays) errors.push(`${a.label} and ${b.label} closer than ${minDays} days`);
    }
  const maxPerWeek = req.cadence?.maxPerWeek;
  if (maxPerWeek !== undefined) {
    const weeks = new Map<number, { n: number; planned: boolean }>();
    for (const c of course) {
      const monday = c.day - (isoWeekday(c.day) - 1);
      const w = weeks.get(monday) ?? { n: 0, planned: false };
      w.n++;
      w.planned ||= c.planned;
      weeks.set(monday, w);
    }
    for (const [monday, w] of weeks)
      if (w.planned && w.n > maxPerWeek) errors.push(`${w.n} sessions in the ISO week of day ${monday} (max ${maxPerWeek})`);
  }

  // Rule 8
  const requested = new Map(req.sessions.map((s) => [s.serviceId, s.count]));
  const placed = new Map<string, number>();
  for (const s of sessions) placed.set(s.serviceId, (placed.get(s.serviceId) ?? 0) + 1);
  const unplaced = new Map<string, number>();
  for (const u of plan.unplaced) {
    if (unplaced.has(u.serviceId)) errors.push(`unplaced lists ${u.serviceId} twice`);
    if (!(u.count >= 1)) errors.push(`unplaced ${u.serviceId} has count ${u.count}`);
    if (!u.reason || u.reason.length < 10) errors.push(`unplaced ${u.serviceId} has no reason`);
    unplaced.set(u.serviceId, u.count);
  }
  for (const id of new Set([...placed.keys(), ...unplaced.keys()]))
    if (!requested.has(id)) errors.push(`service ${id} was not requested`);
  for (const [id, count] of requested) {
    const p = placed.get(id) ?? 0;
    if (p > count) errors.push(`${p} sessions of ${id} placed, only ${count} requested`);
    if (p + (unplaced.get(id) ?? 0) !== count) errors.push(`${id}: placed ${p} + unplaced ${unplaced.get(id) ?? 0} ≠ requested ${count}`);
  }
  return errors;
}
