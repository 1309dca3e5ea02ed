// The demo catalogue (prisma/seed/catalogue.ts) scaled to 50 clinics and 500 providers: the same services and
// templates (plus a 20-session one), clinics with weekly hours in London and New York time, providers qualified at
// one or two clinics with weekly availability clipped to the clinic's hours, and a packed day of slots per
// provider and weekday from which the appointments are drawn (see build.ts). Deterministic; ids are readable.

export const CLINICS = 50;
export const PROVIDERS = 500;
export const PATIENTS = 100_000;
export const APPOINTMENTS = 1_000_000;
/** Appointments drawn from the slot grid; the rest are cancelled bookings whose slot was booked again. */
export const PRIMARY_APPOINTMENTS = 930_000;
export const PAST_DAYS = 240;
export const FUTURE_DAYS = 91;

// The demo seed's services, scaled: one catalogue for the demo and the benchmark.
import { SERVICES, type ServiceKey } from "../../prisma/seed/catalogue";

export { SERVICES, type ServiceKey };

export const serviceId = (key: ServiceKey) => `bsvc_${key}`;
const serviceOf = (key: ServiceKey) => SERVICES.find((s) => s.key === key)!;

export type TemplateSpec = {
  key: string;
  name: string;
  priceMinor: number;
  validityDays: number;
  active: boolean;
  saleEndsInDays?: number;
  minDaysBetween: number | null;
  maxPerWeek: number | null;
  maxActivePerPatient: number;
  items: [ServiceKey, number][];
};

/** The demo templates, and the 20-session course the benchmark books. */
export const TEMPLATES: TemplateSpec[] = [
  { key: "physio6", name: "Physio Recovery 6", priceMinor: 42_000, validityDays: 90, active: true, minDaysBetween: 2, maxPerWeek: 2, maxActivePerPatient: 1, items: [["assessment", 1], ["physio", 6]] },
  { key: "massage5", name: "Sports Massage 5", priceMinor: 27_500, validityDays: 120, active: true, minDaysBetween: 5, maxPerWeek: 1, maxActivePerPatient: 2, items: [["massage", 5]] },
  { key: "acupuncture8", name: "Acupuncture Course 8", priceMinor: 32_000, validityDays: 120, active: true, minDaysBetween: 3, maxPerWeek: 2, maxActivePerPatient: 1, items: [["acupuncture", 8]] },
  { key: "shockwave3", name: "Shockwave 3", priceMinor: 21_000, validityDays: 60, active: true, minDaysBetween: 7, maxPerWeek: 1, maxActivePerPatient: 1, items: [["shockwave", 3]] },
  { key: "backPain", name: "Back Pain Programme", priceMinor: 56_000, validityDays: 120, active: true, minDaysBetween: 2, maxPerWeek: 2, maxActivePerPatient: 1, items: [["assessment", 1], ["physio", 4], ["pilates", 4]] },
  { key: "skin3", name: "Skin Renewal 3", priceMinor: 49_500, validityDays: 180, active: true, minDaysBetween: 28, maxPerWeek: 1, maxActivePerPatient: 1, items: [["skinConsult", 1], ["microneedling", 3]] },
  { key: "laser6", name: "Laser Therapy 6", priceMinor: 27_000, validityDays: 90, active: true, saleEndsInDays: 21, minDaysBetween: 3, maxPerWeek: 2, maxActivePerPatient: 1, items: [["laser", 6]] },
  { key: "hydro6", name: "Hydrotherapy 6", priceMinor: 30_000, validityDays: 90, active: true, minDaysBetween: 3, maxPerWeek: 2, maxActivePerPatient: 1, items: [["hydro", 6]] },
  { key: "freshStart", name: "Fresh Start 4", priceMinor: 22_000, validityDays: 60, active: true, saleEndsInDays: -20, minDaysBetween: 2, maxPerWeek: 2, maxActivePerPatient: 1, items: [["assessment", 1], ["physio", 3]] },
  { key: "wellnessTaster", name: "Wellness Taster", priceMinor: 20_000, validityDays: 60, active: false, minDaysBetween: null, maxPerWeek: null, maxActivePerPatient: 1, items: [["massage", 2], ["acupuncture", 2]] },
  { key: "rehab20", name: "Intensive Rehab 20", priceMinor: 110_000, validityDays: 180, active: true, minDaysBetween: 2, maxPerWeek: 3, maxActivePerPatient: 1, items: [["assessment", 1], ["physio", 19]] },
];
export const templateId = (key: string) => `bpkg_${key}`;
export const templateItemId = (key: string, service: ServiceKey) => `bpki_${key}_${service}`;
export const BENCH_TEMPLATE = "rehab20";
/** The administrator the generated purchases and appointments name as their author. */
export const BENCH_ADMIN_ID = "bench_admin";

type Interval = [number, number];
const hm = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));

export type ClinicRow = { id: string; idx: number; name: string; timeZone: string; hours: Map<number, Interval[]>; services: ServiceKey[] };
export type ProviderRow = {
  id: string;
  idx: number;
  name: string;
  title: string;
  services: ServiceKey[];
  /** clinic id → weekday → intervals, clipped to the clinic's hours. */
  availability: Map<string, Map<number, Interval[]>>;
};

const LONDON_HOURS: [number[], string[][]][] = [
  [[1, 2, 3, 4, 5], [["08:00", "19:00"]]],
  [[6], [["09:00", "13:00"]]],
];
const SPLIT_HOURS: [number[], string[][]][] = [
  [[1, 2, 3, 4], [["08:00", "12:30"], ["13:30", "19:00"]]],
  [[5], [["08:00", "12:30"], ["13:30", "17:00"]]],
];
const NY_HOURS: [number[], string[][]][] = [
  [[1, 2, 4], [["07:00", "12:00"], ["13:00", "19:00"]]],
  [[3], [["07:00", "11:00"], ["12:00", "15:00"], ["16:00", "20:00"]]],
  [[5], [["07:00", "12:00"], ["13:00", "16:00"]]],
  [[6], [["08:00", "12:00"]]],
];
const CITIES_UK = ["London Bridge", "Manchester", "Leeds", "Bristol", "Birmingham", "Glasgow", "Edinburgh", "Cardiff", "Liverpool", "Nottingham", "Brighton", "Oxford", "Cambridge", "York", "Bath"];
const CITIES_US = ["New York", "Brooklyn", "Boston", "Philadelphia", "Newark", "Hartford", "Baltimore", "Washington", "Pittsburgh", "Providence"];

/** Clinics 0..49: three in five in London time (two hours patterns), two in five in New York time. */
export function buildClinics(): ClinicRow[] {
  const out: ClinicRow[] = [];
  let uk = 0;
  let us = 0;
  for (let i = 0; i < CLINICS; i++) {
    const london = i % 5 < 3;
    const spec = london ? (i % 5 === 1 ? SPLIT_HOURS : LONDON_HOURS) : NY_HOURS;
    const hours = new Map<number, Interval[]>();
    for (const [days, list] of spec) for (const d of days) hours.set(d, list.map(([a, b]) => [hm(a), hm(b)] as Interval));
    const city = london ? CITIES_UK[uk++ % CITIES_UK.length] : CITIES_US[us++ % CITIES_US.length];
    const services: ServiceKey[] = ["assessment", "physio", "massage", "acupuncture", "shockwave", "pilates"];
    if (i % 2 === 0) services.push("laser");
    if (i % 4 === 1) services.push("hydro");
    if (i % 3 === 0) services.push("skinConsult", "microneedling");
    out.push({
      id: `bcln_${String(i).padStart(2, "0")}`,
      idx: i,
      name: `Cadence ${london ? "Physio" : "Clinic"} — ${city} ${String(i + 1).padStart(2, "0")}`,
      timeZone: london ? "Europe/London" : "America/New_York",
      hours,
      services,
    });
  }
  return out;
}

function intersect(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [s1, e1] of a) for (const [s2, e2] of b) if (Math.max(s1, s2) < Math.min(e1, e2)) out.push([Math.max(s1, s2), Math.min(e1, e2)]);
  return out.sort((x, y) => x[0] - y[0]);
}

const FIRST = ["Sarah", "James", "Priya", "Tom", "Emma", "Hannah", "Chloe", "Aisha", "Marcus", "Michael", "Olivia", "Sofia", "Daniel", "Grace", "Ben", "Leah", "Omar", "Ruth", "Ivan", "Zoe", "Kofi", "Mei", "Nina", "Raj", "Lucy"];
const LAST = ["Whitfield", "Okafor", "Raman", "Gallagher", "Lindqvist", "Cole", "Martin", "Bello", "Reid", "Chen", "Brooks", "Alvarez", "Price", "Hughes", "Khan", "Novak", "Evans", "Silva", "Ward", "Patel"];
const ROLES: { title: string; services: ServiceKey[] }[] = [
  { title: "Senior Physiotherapist", services: ["assessment", "physio", "acupuncture", "shockwave"] },
  { title: "Physiotherapist", services: ["assessment", "physio", "shockwave", "laser"] },
  { title: "Physiotherapist", services: ["assessment", "physio", "pilates", "hydro"] },
  { title: "Physiotherapist", services: ["assessment", "physio"] },
  { title: "Senior Physiotherapist", services: ["assessment", "physio", "hydro", "acupuncture"] },
  { title: "Sports Therapist", services: ["massage", "shockwave"] },
  { title: "Sports Therapist", services: ["massage", "pilates"] },
  { title: "Acupuncturist", services: ["acupuncture"] },
  { title: "Aesthetic Practitioner", services: ["skinConsult", "microneedling", "laser"] },
  { title: "Clinical Pilates Instructor", services: ["pilates"] },
];
const SHIFTS: Interval[] = [[hm("07:00"), hm("17:00")], [hm("08:00"), hm("18:00")], [hm("09:00"), hm("19:00")], [hm("10:00"), hm("20:00")]];

/**
 * Provider j works mainly at clinic j % 50 with role ⌊j/50⌋ % 10 (so every clinic has five physiotherapists of its
 * own); two in five also work at a second clinic in the same zone (Tuesdays and Thursdays there).
 */
export function buildProviders(clinics: ClinicRow[]): ProviderRow[] {
  const out: ProviderRow[] = [];
  for (let j = 0; j < PROVIDERS; j++) {
    const k = Math.floor(j / CLINICS);
    const role = ROLES[k % ROLES.length];
    const c1 = clinics[j % CLINICS];
    const twoClinics = [0, 2, 5, 7].includes(k);
    const c2 = twoClinics ? clinics[(j % CLINICS + 5) % CLINICS] : null;
    const shift = SHIFTS[(j * 7 + k) % SHIFTS.length];
    const availability = new Map<string, Map<number, Interval[]>>();
    const add = (clinic: ClinicRow, days: number[], interval: Interval) => {
      const perDay = availability.get(clinic.id) ?? new Map<number, Interval[]>();
      for (const d of days) {
        const clipped = intersect([interval], clinic.hours.get(d) ?? []);
        if (clipped.length) perDay.set(d, [...(perDay.get(d) ?? []), ...clipped]);
      }
      availability.set(clinic.id, perDay);
    };
    if (c2) {
      add(c1, [1, 3, 5], shift);
      add(c2, [2, 4], shift);
    } else {
      add(c1, [1, 2, 3, 4, 5], shift);
    }
    // Half of them also work Saturday mornings where the clinic opens.
    if (j % 2 === 0) add(c1, [6], [hm("08:00"), hm("13:00")]);
    out.push({
      id: `bprv_${String(j).padStart(3, "0")}`,
      idx: j,
      name: `${FIRST[j % FIRST.length]} ${LAST[Math.floor(j / FIRST.length) % LAST.length]} ${String(j + 1).padStart(3, "0")}`,
      title: role.title,
      services: role.services,
      availability,
    });
  }
  return out;
}

export type Slot = { providerId: string; providerIdx: number; clinicId: string; timeZone: string; weekday: number; startMin: number; serviceId: string; dur: number; buf: number };

/**
 * A provider's working day as back-to-back appointments: services picked from their qualifications (varying with
 * the weekday), each taking its duration plus buffer rounded up to 5 minutes, inside each availability interval.
 */
export function buildSlots(providers: ProviderRow[], clinics: ClinicRow[]): Slot[] {
  const zone = new Map(clinics.map((c) => [c.id, c.timeZone]));
  const slots: Slot[] = [];
  for (const p of providers) {
    for (const [clinicId, perDay] of p.availability) {
      for (const [weekday, intervals] of perDay) {
        let n = p.idx * 13 + weekday * 5;
        // The main service dominates the day (a physiotherapist mostly does follow-up physiotherapy).
        const mix = p.services.length > 1 && p.services[0] === "assessment" ? ["physio", "physio", "assessment", "physio", ...p.services.slice(2), "physio"] as ServiceKey[] : p.services;
        for (const [from, to] of intervals) {
          let t = from;
          for (;;) {
            const key = mix[n++ % mix.length];
            const s = serviceOf(key);
            const block = Math.ceil((s.durationMin + s.bufferAfterMin) / 5) * 5;
            if (t + block > to) break;
            slots.push({ providerId: p.id, providerIdx: p.idx, clinicId, timeZone: zone.get(clinicId)!, weekday, startMin: t, serviceId: serviceId(key), dur: s.durationMin, buf: s.bufferAfterMin });
            t += block;
          }
        }
      }
    }
  }
  return slots;
}
