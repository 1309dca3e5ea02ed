import { MIN_NOTICE_MINUTES, SLOT_STEP_MINUTES } from "@/lib/booking/policy";
import type { PlanRequest } from "@/lib/scheduling";
import { localDateStart } from "@/lib/time/zoned";
import type { TPatientChoices } from "@/lib/validations/booking";
import { minutesToTime } from "@/lib/validations/common";
import { dateColumnKey } from "@/lib/packages/expiry";
import type { Course, CourseFacts } from "@/lib/booking/course";

export type PlanNames = {
  service: (id: string) => string;
  provider: (id: string) => string;
  clinic: (id: string) => { name: string; timeZone: string; locale?: string };
};

export type Selection = { clinicIds: string[]; providerIds: string[] };

export type PlanClinicRow = {
  id: string;
  name: string;
  timeZone: string;
  /** For the preview's labels (lib/format.ts); en-GB when absent. */
  locale?: string;
  hours: { weekday: number; startMinute: number; endMinute: number }[];
  closures: { date: Date }[];
  services: { serviceId: string }[];
};

export type PlanProviderRow = {
  id: string;
  name: string;
  services: { serviceId: string }[];
  availability: { clinicId: string; weekday: number; startMinute: number; endMinute: number }[];
  timeOff: { startsAt: Date; endsAt: Date }[];
  appointments: { startsAt: Date; blockEndsAt: Date }[];
};

/**
 * The pure half of buildPlanRequest: turns rows already read (the selected clinics, the selected providers with their
 * busy time, the course's facts, the clinics of sessions booked elsewhere) into the planner's request. The at-risk
 * report reads these rows for a whole clinic at once and plans every purchase through here, like Auto Schedule.
 */
export function assemblePlanRequest(input: {
  course: Course;
  selection: Selection;
  now: Date;
  clinics: PlanClinicRow[];
  extraClinics: { id: string; name: string; timeZone: string; locale?: string }[];
  providers: PlanProviderRow[];
  facts: CourseFacts;
  count?: number;
  /** The Auto Schedule step's choices (replace the saved preferences). */
  choices?: TPatientChoices;
  /** The group's travel time between clinics (planner rule 10). */
  travelMinutes?: number;
}): { request: PlanRequest; names: PlanNames } {
  const { course, selection, now, clinics, extraClinics, providers, facts, count, choices, travelMinutes } = input;
  const serviceIds = course.remaining.filter((r) => r.count > 0).map((r) => r.serviceId);
  const horizon = { start: now, end: course.expiresAt };
  const movingIds = (course.moving ?? []).map((m) => m.appointmentId);
  const isMoving = (id: string) => movingIds.includes(id);
  const wanted = new Set(serviceIds);
  const services = facts.services.filter((s) => wanted.has(s.id));
  const patientBusy = facts.patientBusy.filter((a) => !isMoving(a.id) && a.startsAt < horizon.end && a.endsAt > horizon.start);
  const courseBooked = facts.courseBooked.filter((a) => !isMoving(a.id));
  const busy = providers.flatMap((p) => p.appointments.map((a) => ({ providerId: p.id, startsAt: a.startsAt, blockEndsAt: a.blockEndsAt })));
  const patient = { preferredWeekdays: facts.preferences.weekdays, preferredWindows: facts.preferences.windows };

  const known = new Set(services.map((s) => s.id));
  const sessions = trimToCount(
    course.remaining.filter((r) => r.count > 0 && known.has(r.serviceId)).map((r) => ({ serviceId: r.serviceId, count: r.count })),
    count,
  );
  const windows = Array.isArray(patient?.preferredWindows) ? (patient.preferredWindows as { start: string; end: string }[]) : [];
  const previousProviders = [...new Set(courseBooked.map((a) => a.providerId))].filter((id) => selection.providerIds.includes(id));

  const request: PlanRequest = {
    now: now.toISOString(),
    clinics: [
      ...clinics.map((c) => ({
        id: c.id,
        name: c.name,
        timeZone: c.timeZone,
        hours: c.hours.map((h) => ({ weekday: h.weekday, start: minutesToTime(h.startMinute), end: minutesToTime(h.endMinute) })),
        closures: c.closures.map((x) => dateColumnKey(x.date)),
        serviceIds: c.services.map((s) => s.serviceId),
      })),
      ...extraClinics.map((c) => ({ id: c.id, name: c.name, timeZone: c.timeZone, hours: [], closures: [], serviceIds: [] })),
    ],
    services: services.map((s) => ({ id: s.id, name: s.name, durationMin: s.durationMin, bufferAfterMin: s.bufferAfterMin })),
    providers: providers.map((p) => ({
      id: p.id,
      name: p.name,
      serviceIds: p.services.map((s) => s.serviceId),
      availability: p.availability.map((a) => ({ clinicId: a.clinicId, weekday: a.weekday, start: minutesToTime(a.startMinute), end: minutesToTime(a.endMinute) })),
      timeOff: p.timeOff.map((t) => ({ start: t.startsAt.toISOString(), end: t.endsAt.toISOString() })),
    })),
    busy: busy.map((b) => ({ providerId: b.providerId, start: iso(b.startsAt), end: iso(b.blockEndsAt) })),
    patientBusy: patientBusy.map((b) => ({ clinicId: b.clinicId, start: b.startsAt.toISOString(), end: b.endsAt.toISOString() })),
    ...(travelMinutes ? { travelMinutes } : {}),
    courseBooked: courseBooked.map((b) => ({ clinicId: b.clinicId, start: b.startsAt.toISOString(), end: b.endsAt.toISOString() })),
    sessions,
    clinicIds: selection.clinicIds,
    providerIds: selection.providerIds,
    minNoticeMinutes: MIN_NOTICE_MINUTES,
    expiresAt: course.expiresAt.toISOString(),
    slotStepMinutes: SLOT_STEP_MINUTES,
    ...(course.minDaysBetween || course.maxPerWeek
      ? { cadence: { ...(course.minDaysBetween ? { minDaysBetween: course.minDaysBetween } : {}), ...(course.maxPerWeek ? { maxPerWeek: course.maxPerWeek } : {}) } }
      : {}),
    preferences: {
      ...(patient?.preferredWeekdays.length ? { weekdays: patient.preferredWeekdays } : {}),
      ...(windows.length ? { windows } : {}),
      ...(previousProviders.length ? { providerIds: previousProviders } : {}),
    },
    ...(choices ? withChoices(choices, (clinics.find((c) => c.id === selection.clinicIds[0]) ?? clinics[0])?.timeZone ?? "UTC", previousProviders) : {}),
  };

  const serviceNames = new Map(services.map((s) => [s.id, s.name]));
  const providerNames = new Map(providers.map((p) => [p.id, p.name]));
  const clinicInfo = new Map([...clinics, ...extraClinics].map((c) => [c.id, { name: c.name, timeZone: c.timeZone, locale: c.locale }]));
  return {
    request,
    names: {
      service: (id) => serviceNames.get(id) ?? "Unknown service",
      provider: (id) => providerNames.get(id) ?? "Unknown provider",
      clinic: (id) => clinicInfo.get(id) ?? { name: "Unknown clinic", timeZone: "UTC" },
    },
  };
}

/**
 * The Auto Schedule step's choices replace the saved preferences: "only" days and times become the patient's
 * availability (hard, rule 9), the others stay preferences; unavailable dates are always hard.
 */
function withChoices(c: TPatientChoices, zone: string, previousProviders: string[]): Pick<PlanRequest, "preferences" | "patientAvailability" | "earliestStart"> {
  const days = c.preferredWeekdays.length > 0 ? c.preferredWeekdays : null;
  const windows = c.preferredWindows.length > 0 ? c.preferredWindows : null;
  const availability = {
    ...(days && c.weekdaysOnly ? { weekdays: days } : {}),
    ...(windows && c.windowsOnly ? { windows } : {}),
    ...(c.unavailableDates.length > 0 ? { unavailableDates: c.unavailableDates } : {}),
  };
  return {
    preferences: {
      ...(days && !c.weekdaysOnly ? { weekdays: days } : {}),
      ...(windows && !c.windowsOnly ? { windows } : {}),
      ...(previousProviders.length ? { providerIds: previousProviders } : {}),
    },
    ...(Object.keys(availability).length > 0 ? { patientAvailability: availability } : {}),
    ...(c.startFrom ? { earliestStart: localDateStart(c.startFrom, zone).toISOString() } : {}),
  };
}

/** The first `count` sessions, taking services in the package's order (e.g. the assessment before the course). */
function trimToCount(sessions: { serviceId: string; count: number }[], count: number | undefined) {
  if (count === undefined) return sessions;
  let left = count;
  const out: { serviceId: string; count: number }[] = [];
  for (const s of sessions) {
    if (left <= 0) break;
    const take = Math.min(s.count, left);
    out.push({ serviceId: s.serviceId, count: take });
    left -= take;
  }
  return out;
}

// The at-risk report plans hundreds of courses over the same provider rows: each instant is written out once.
const isoCache = new WeakMap<Date, string>();
function iso(d: Date): string {
  let s = isoCache.get(d);
  if (s === undefined) isoCache.set(d, (s = d.toISOString()));
  return s;
}
