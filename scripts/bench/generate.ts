import type { PlanRequest } from "../../lib/scheduling";
import { chance, int, makeRng, pick, Rng, sample } from "./rng";

// Seeded request generators for the benchmark. Speed requests follow the sizes; small requests for the
// exact comparison are drawn from several difficulty profiles so that the easy case does not dominate.

const H = 3_600_000;
const D = 24 * H;
const iso = (ms: number) => new Date(ms).toISOString();
const hhmm = (min: number) => (min >= 1440 ? "24:00" : `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`);

type Weekly = { weekday: number; start: string; end: string }[];

function clinicHours(rng: Rng, openDays: number[]): Weekly {
  return openDays.flatMap((weekday) => {
    const open = pick(rng, [7, 8, 9]) * 60;
    const close = pick(rng, [17, 18, 19, 20]) * 60;
    return chance(rng, 0.2)
      ? [{ weekday, start: hhmm(open), end: "12:30" }, { weekday, start: "13:30", end: hhmm(close) }]
      : [{ weekday, start: hhmm(open), end: hhmm(close) }];
  });
}

function providerHours(rng: Rng, clinicId: string, hours: Weekly, dayShare: number, partial: boolean) {
  return hours
    .filter(() => chance(rng, dayShare))
    .map((h) => {
      if (!partial || chance(rng, 0.5)) return { clinicId, ...h };
      const [sh, sm] = h.start.split(":").map(Number);
      const start = sh * 60 + sm + pick(rng, [0, 60, 120]);
      return { clinicId, weekday: h.weekday, start: hhmm(start), end: hhmm(Math.min(start + pick(rng, [180, 240, 300]), 1440)) };
    });
}

export interface SpeedSize {
  sessions: number;
  providers: number;
  clinics: number;
  days: number;
  busy: number;
}

export const SIZES: Record<"M" | "L", SpeedSize> = {
  M: { sessions: 20, providers: 5, clinics: 3, days: 120, busy: 10_000 },
  L: { sessions: 40, providers: 20, clinics: 3, days: 180, busy: 100_000 },
};

/** A large, realistic request: existing appointments spread over every provider's days, cadence, preferences. */
export function speedRequest(size: SpeedSize, seed: number): PlanRequest {
  const rng = makeRng(seed);
  const now = Date.parse("2026-02-02T07:00:00Z") + int(rng, 0, 60) * D;
  const zones = ["Europe/London", "Europe/London", "America/New_York"];
  const nServices = int(rng, 2, 4);
  const services = Array.from({ length: nServices }, (_, i) => ({
    id: `s${i + 1}`,
    name: `Service ${i + 1}`,
    durationMin: pick(rng, [30, 45, 60, 90]),
    bufferAfterMin: pick(rng, [0, 10, 15]),
  }));
  const clinics = Array.from({ length: size.clinics }, (_, i) => ({
    id: `c${i + 1}`,
    timeZone: zones[i % zones.length],
    hours: clinicHours(rng, chance(rng, 0.5) ? [1, 2, 3, 4, 5] : [1, 2, 3, 4, 5, 6]),
    closures: Array.from({ length: 3 }, () => iso(now + int(rng, 0, size.days) * D).slice(0, 10)),
    serviceIds: services.filter((_, j) => j === 0 || chance(rng, 0.8)).map((s) => s.id),
  }));
  const providers = Array.from({ length: size.providers }, (_, i) => ({
    id: `p${i + 1}`,
    serviceIds: services.filter((_, j) => j === i % nServices || chance(rng, 0.5)).map((s) => s.id),
    availability: sample(rng, clinics, int(rng, 1, 2)).flatMap((c) => providerHours(rng, c.id, c.hours, 0.6, true)),
    timeOff: chance(rng, 0.3) ? [timeOff(rng, now, size.days)] : [],
  }));
  const busy = [];
  for (let i = 0; i < size.busy; i++) {
    const start = now + Math.floor(rng() * size.days * 96) * 15 * 60_000;
    busy.push({ providerId: providers[int(rng, 0, providers.length - 1)].id, start: iso(start), end: iso(start + pick(rng, [15, 30, 45, 60]) * 60_000) });
  }
  const perService = Math.floor(size.sessions / nServices);
  return {
    now: iso(now),
    clinics,
    services,
    providers,
    busy,
    patientBusy: Array.from({ length: 20 }, () => {
      const s = now + int(rng, 0, size.days * 24) * H;
      return { start: iso(s), end: iso(s + H) };
    }),
    sessions: services.map((s, i) => ({ serviceId: s.id, count: i === 0 ? size.sessions - perService * (nServices - 1) : perService })),
    clinicIds: clinics.map((c) => c.id),
    providerIds: providers.map((p) => p.id),
    minNoticeMinutes: 120,
    expiresAt: iso(now + size.days * D),
    cadence: { minDaysBetween: pick(rng, [1, 2]), maxPerWeek: pick(rng, [3, 4, 5]) },
    preferences: chance(rng, 0.5) ? { weekdays: [1, 3, 5], windows: [{ start: "09:00", end: "13:00" }], providerIds: [providers[0].id] } : undefined,
    slotStepMinutes: 15,
  };
}

function timeOff(rng: Rng, now: number, days: number) {
  const start = now + int(rng, 0, days) * D;
  return { start: iso(start), end: iso(start + int(rng, 1, 4) * D) };
}

export const PROFILES = ["easy", "scarce", "competing", "cadence", "dst", "mixed", "patient", "travel"] as const;
export type Profile = (typeof PROFILES)[number];

// DST changes in 2026: Europe 29 Mar / 25 Oct, US 8 Mar / 1 Nov, Sydney 5 Apr / 4 Oct.
const DST_STARTS: [string, string][] = [
  ["Europe/London", "2026-03-20"],
  ["Europe/London", "2026-10-16"],
  ["America/New_York", "2026-03-01"],
  ["America/New_York", "2026-10-24"],
  ["Australia/Sydney", "2026-03-28"],
  ["Australia/Sydney", "2026-09-26"],
];

/**
 * ≤ 10 sessions over ≤ 4 weeks, one zone per request, drawn from a difficulty profile:
 * - easy: open most weekdays, generous staff;
 * - scarce: few open days, part-time staff, many existing appointments;
 * - competing: a flexible service listed first and rarer services that only one part-time provider does;
 * - cadence: like competing, with a minimum gap and a weekly cap;
 * - dst: any of the above, starting just before a DST change;
 * - mixed: every knob drawn at random;
 * - patient: any of the first four with a patient availability that binds (two or three weekdays, a morning or
 *   afternoon window, a few dates off), half the time with a cadence;
 * - travel: any of the first four where the patient has many appointments at other clinics (and some at these),
 *   with 30–120 minutes of travel.
 */
export function smallRequest(seed: number, profile: Profile): PlanRequest {
  const rng = makeRng(seed * 7919 + 17);
  const base: Exclude<Profile, "dst" | "mixed" | "patient" | "travel"> | "mixed" =
    profile === "dst" || profile === "patient" || profile === "travel" ? pick(rng, ["easy", "scarce", "competing", "cadence"] as const) : profile;
  const [zone, startDate] =
    profile === "dst" || chance(rng, 0.25)
      ? pick(rng, DST_STARTS)
      : [pick(rng, ["Europe/London", "America/New_York", "Asia/Tokyo"]), `2026-0${int(rng, 1, 9)}-1${int(rng, 0, 9)}`];
  const now = Date.parse(`${startDate}T00:00:00Z`) + int(rng, 6, 20) * H;
  const days = int(rng, 10, 28);
  const scarce = base === "scarce" || (base === "mixed" && chance(rng, 0.5));
  const rare = base === "competing" || base === "cadence" || (base === "mixed" && chance(rng, 0.5));
  const cadenced = base === "cadence" || (profile === "patient" && chance(rng, 0.5)) || (base === "mixed" && chance(rng, 0.5)) || (base !== "easy" && chance(rng, 0.2));

  const nServices = rare ? int(rng, 2, 3) : int(rng, 1, 3);
  const services = Array.from({ length: nServices }, (_, i) => ({
    id: `s${i + 1}`,
    name: `Service ${i + 1}`,
    durationMin: pick(rng, [30, 45, 60, 90]),
    bufferAfterMin: pick(rng, [0, 15]),
  }));
  const nClinics = int(rng, 1, 2);
  const allDays = [1, 2, 3, 4, 5, 6];
  const clinics = Array.from({ length: nClinics }, (_, i) => ({
    id: `c${i + 1}`,
    timeZone: zone,
    hours: clinicHours(rng, scarce ? sample(rng, allDays, int(rng, 2, 4)) : chance(rng, 0.7) ? [1, 2, 3, 4, 5] : allDays),
    closures: chance(rng, 0.4) ? [iso(now + int(rng, 0, days) * D).slice(0, 10)] : [],
    serviceIds: services.filter((_, j) => j === 0 || i === 0 || chance(rng, 0.7)).map((s) => s.id),
  }));
  const nProviders = rare ? int(rng, 2, 4) : int(rng, 1, 4);
  const providers = Array.from({ length: nProviders }, (_, i) => {
    // In "rare" requests provider i ≥ 1 is the only one doing service i, and works one or two weekdays.
    const isRare = rare && i >= 1 && i < nServices;
    const serviceIds = rare
      ? isRare
        ? [services[i].id, ...(chance(rng, 0.5) ? [services[0].id] : [])]
        : [services[0].id]
      : services.filter((_, j) => j === i % nServices || chance(rng, 0.6)).map((s) => s.id);
    const availability = clinics.flatMap((c) => {
      const list = providerHours(rng, c.id, c.hours, scarce ? 0.5 : 0.85, scarce);
      return isRare ? sample(rng, list, int(rng, 1, 2)) : list;
    });
    return {
      id: `p${i + 1}`,
      serviceIds,
      availability,
      timeOff: chance(rng, 0.2) ? [timeOff(rng, now, days)] : [],
    };
  });
  const busy = [];
  const nBusy = scarce ? int(rng, 20, 120) : int(rng, 0, 40);
  for (let i = 0; i < nBusy; i++) {
    const start = now + Math.floor(rng() * days * 48) * 30 * 60_000;
    busy.push({ providerId: providers[int(rng, 0, nProviders - 1)].id, start: iso(start), end: iso(start + pick(rng, [30, 60, 120, 240]) * 60_000) });
  }
  const total = int(rng, base === "easy" ? 2 : 4, 10);
  const counts = services.map(() => 0);
  for (let i = 0; i < total; i++) counts[rare ? (chance(rng, 0.55) ? 0 : int(rng, 1, nServices - 1)) : int(rng, 0, nServices - 1)]++;
  const booked = chance(rng, 0.15)
    ? [int(rng, 1, days - 1)].map((d) => ({ clinicId: "c1", start: iso(now + d * D + 3 * H), end: iso(now + d * D + 4 * H) }))
    : undefined;
  return {
    now: iso(now),
    clinics,
    services,
    providers,
    busy,
    patientBusy: Array.from({ length: profile === "travel" ? int(rng, 6, 16) : int(rng, 0, 4) }, () => {
      const s = now + int(rng, 0, days * 24) * H;
      const clinicId = profile === "travel" ? pick(rng, ["elsewhere", "elsewhere", "c1", "c2"]) : undefined;
      return { start: iso(s), end: iso(s + int(rng, 1, profile === "travel" ? 2 : 6) * H), ...(clinicId ? { clinicId } : {}) };
    }),
    ...(profile === "travel" ? { travelMinutes: pick(rng, [30, 60, 90, 120]) } : {}),
    ...(profile === "patient" ? { patientAvailability: patientAvailability(rng, now, days) } : {}),
    ...(booked && booked.length ? { courseBooked: booked } : {}),
    sessions: services.flatMap((s, i) => (counts[i] > 0 ? [{ serviceId: s.id, count: counts[i] }] : [])),
    clinicIds: clinics.map((c) => c.id),
    providerIds: providers.filter((_, i) => i <= 1 || chance(rng, 0.85)).map((p) => p.id),
    minNoticeMinutes: pick(rng, [0, 60, 240, 1440]),
    expiresAt: iso(now + days * D),
    cadence: cadenced ? { minDaysBetween: pick(rng, [undefined, 2, 2, 3, 4]), maxPerWeek: pick(rng, [undefined, 1, 2, 2, 3]) } : undefined,
    preferences: chance(rng, 0.3) ? { weekdays: sample(rng, [1, 2, 3, 4, 5], 2), windows: [{ start: "09:00", end: "12:00" }] } : undefined,
    slotStepMinutes: pick(rng, [15, 15, 30, 60]),
  };
}

function patientAvailability(rng: Rng, now: number, days: number) {
  const morning = chance(rng, 0.5);
  return {
    weekdays: sample(rng, [1, 2, 3, 4, 5, 6], int(rng, 2, 3)),
    ...(chance(rng, 0.8) ? { windows: [morning ? { start: "08:00", end: hhmm(pick(rng, [11, 12, 13]) * 60) } : { start: hhmm(pick(rng, [13, 14, 15]) * 60), end: "19:00" }] } : {}),
    ...(chance(rng, 0.5) ? { unavailableDates: Array.from({ length: int(rng, 1, 3) }, () => iso(now + int(rng, 0, days) * D).slice(0, 10)) } : {}),
  };
}
