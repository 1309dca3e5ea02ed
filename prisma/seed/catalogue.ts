// Clinics, services, providers and package templates of the demo clinic group: two physiotherapy clinics in
// England and one clinic in New York, so every screen has two genuinely different time zones to show.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SeedRandom } from "./random";
import {
  dateOnly,
  isoWeekday,
  localToUtc,
  minuteOf,
  ukBankHolidays,
  usHolidays,
  utcDayOf,
  ymdOf,
} from "./time";

export type ServiceKey =
  | "assessment"
  | "physio"
  | "massage"
  | "acupuncture"
  | "shockwave"
  | "laser"
  | "hydro"
  | "pilates"
  | "skinConsult"
  | "microneedling"
  | "cryo";

export type ClinicKey = "londonBridge" | "manchester" | "newYork";

/** [startMinute, endMinute) in local time. */
export type Interval = readonly [number, number];

export interface SeedService {
  id: string;
  key: ServiceKey;
  name: string;
  durationMin: number;
  bufferAfterMin: number;
  priceMinor: number;
  colour: string;
  active: boolean;
}

export interface SeedClinic {
  id: string;
  key: ClinicKey;
  name: string;
  timeZone: string;
  locale: string;
  currency: string;
  address: string;
  phone: string;
  lateCancelWindowHours: number;
  lateCancelForfeits: boolean;
  noShowForfeits: boolean;
  /** ISO weekday → opening intervals. */
  hours: Map<number, Interval[]>;
  /** Local day → reason. */
  closures: Map<number, string>;
  services: Set<ServiceKey>;
}

export interface SeedTimeOff {
  startsAt: Date;
  endsAt: Date;
  reason: string;
}

export interface SeedProvider {
  id: string;
  key: string;
  name: string;
  title: string;
  active: boolean;
  services: Set<ServiceKey>;
  /** clinic → ISO weekday → intervals (already clipped to the clinic's opening hours). */
  availability: Map<ClinicKey, Map<number, Interval[]>>;
  timeOff: SeedTimeOff[];
}

export interface SeedPackage {
  id: string;
  key: string;
  name: string;
  description: string;
  priceMinor: number;
  currency: string;
  validityDays: number;
  active: boolean;
  /** Last local day of sale, if any. */
  saleEndsOn: number | null;
  defaultClinic: ClinicKey | null;
  minDaysBetween: number | null;
  maxPerWeek: number | null;
  maxActivePerPatient: number;
  items: { serviceKey: ServiceKey; sessions: number; id: string }[];
  providerKeys: string[];
}

export interface Catalogue {
  services: Map<ServiceKey, SeedService>;
  clinics: Map<ClinicKey, SeedClinic>;
  providers: SeedProvider[];
  packages: SeedPackage[];
}

// ---------------------------------------------------------------------------------------------------------------

const t = minuteOf;
const WEEKDAYS = [1, 2, 3, 4, 5] as const;

/** The demo services; the booking benchmark scales the same catalogue. */
export const SERVICES: Omit<SeedService, "id">[] = [
  { key: "assessment", name: "Initial Assessment", durationMin: 60, bufferAfterMin: 10, priceMinor: 7_500, colour: "#2563eb", active: true },
  { key: "physio", name: "Physiotherapy", durationMin: 45, bufferAfterMin: 15, priceMinor: 6_000, colour: "#16a34a", active: true },
  { key: "massage", name: "Sports Massage", durationMin: 60, bufferAfterMin: 15, priceMinor: 6_500, colour: "#ea580c", active: true },
  { key: "acupuncture", name: "Acupuncture", durationMin: 30, bufferAfterMin: 10, priceMinor: 5_000, colour: "#9333ea", active: true },
  { key: "shockwave", name: "Shockwave Therapy", durationMin: 20, bufferAfterMin: 10, priceMinor: 8_000, colour: "#dc2626", active: true },
  { key: "laser", name: "Laser Therapy", durationMin: 30, bufferAfterMin: 5, priceMinor: 5_500, colour: "#eab308", active: true },
  { key: "hydro", name: "Hydrotherapy", durationMin: 45, bufferAfterMin: 15, priceMinor: 5_500, colour: "#0891b2", active: true },
  { key: "pilates", name: "Pilates 1:1", durationMin: 55, bufferAfterMin: 5, priceMinor: 6_000, colour: "#db2777", active: true },
  { key: "skinConsult", name: "Skin Consultation", durationMin: 30, bufferAfterMin: 0, priceMinor: 4_000, colour: "#64748b", active: true },
  { key: "microneedling", name: "Microneedling", durationMin: 60, bufferAfterMin: 15, priceMinor: 18_000, colour: "#92400e", active: true },
  // Retired service: kept for the admin screens, offered nowhere.
  { key: "cryo", name: "Cryotherapy", durationMin: 15, bufferAfterMin: 5, priceMinor: 3_500, colour: "#94a3b8", active: false },
];

interface ClinicSpec {
  key: ClinicKey;
  name: string;
  timeZone: string;
  locale: string;
  currency: string;
  address: string;
  phone: string;
  lateCancelWindowHours: number;
  lateCancelForfeits: boolean;
  noShowForfeits: boolean;
  hours: [number[], string[][]][];
  services: ServiceKey[];
}

const CLINICS: ClinicSpec[] = [
  {
    key: "londonBridge",
    name: "Cadence Physio — London Bridge",
    timeZone: "Europe/London",
    locale: "en-GB",
    currency: "GBP",
    address: "12 Tooley Street, London SE1 2TU",
    phone: "020 7946 0321",
    lateCancelWindowHours: 24,
    lateCancelForfeits: true,
    noShowForfeits: true,
    hours: [
      [[1, 2, 3, 4, 5], [["08:00", "19:00"]]],
      [[6], [["09:00", "13:00"]]],
    ],
    services: ["assessment", "physio", "massage", "acupuncture", "shockwave", "laser", "pilates", "skinConsult", "microneedling"],
  },
  {
    key: "manchester",
    name: "Cadence Physio — Manchester",
    timeZone: "Europe/London",
    locale: "en-GB",
    currency: "GBP",
    address: "48 Deansgate, Manchester M3 2EG",
    phone: "0161 496 0753",
    lateCancelWindowHours: 48,
    lateCancelForfeits: true,
    noShowForfeits: false,
    hours: [
      [[1, 2, 3, 4], [["08:00", "12:30"], ["13:30", "19:00"]]],
      [[5], [["08:00", "12:30"], ["13:30", "17:00"]]],
    ],
    services: ["assessment", "physio", "massage", "acupuncture", "shockwave", "hydro", "pilates"],
  },
  {
    key: "newYork",
    name: "Cadence Clinic — New York",
    timeZone: "America/New_York",
    locale: "en-US",
    currency: "USD",
    address: "350 Park Avenue South, New York, NY 10010",
    phone: "(212) 555-0147",
    lateCancelWindowHours: 24,
    lateCancelForfeits: true,
    noShowForfeits: true,
    hours: [
      [[1, 2, 4], [["07:00", "12:00"], ["13:00", "19:00"]]],
      [[3], [["07:00", "11:00"], ["12:00", "15:00"], ["16:00", "20:00"]]],
      [[5], [["07:00", "12:00"], ["13:00", "16:00"]]],
    ],
    services: ["assessment", "physio", "massage", "acupuncture", "laser", "pilates", "skinConsult", "microneedling"],
  },
];

interface ProviderSpec {
  key: string;
  name: string;
  title: string;
  active?: boolean;
  services: ServiceKey[];
  availability: [ClinicKey, number[], string[][]][];
}

// Availability is written as the provider's contract; it is clipped to the clinic's opening hours when stored.
const PROVIDERS: ProviderSpec[] = [
  {
    key: "sarah",
    name: "Dr Sarah Whitfield",
    title: "Senior Physiotherapist",
    services: ["assessment", "physio", "acupuncture", "shockwave", "pilates"],
    availability: [["londonBridge", [1, 2, 3, 4], [["08:00", "16:00"]]]],
  },
  {
    key: "james",
    name: "James Okafor",
    title: "Physiotherapist",
    services: ["assessment", "physio", "shockwave", "laser"],
    availability: [
      ["londonBridge", [1, 3, 5], [["10:00", "19:00"]]],
      ["manchester", [2, 4], [["08:00", "18:00"]]],
    ],
  },
  {
    key: "priya",
    name: "Priya Raman",
    title: "Physiotherapist",
    services: ["assessment", "physio", "pilates", "hydro"],
    availability: [
      ["manchester", [1, 2, 3], [["08:00", "16:00"]]],
      ["manchester", [5], [["08:00", "12:30"]]],
    ],
  },
  {
    key: "tom",
    name: "Tom Gallagher",
    title: "Sports Therapist",
    services: ["massage", "shockwave"],
    availability: [
      ["londonBridge", [2, 4], [["12:00", "19:00"]]],
      ["londonBridge", [6], [["09:00", "13:00"]]],
      ["manchester", [1, 3], [["13:30", "19:00"]]],
    ],
  },
  {
    key: "emma",
    name: "Emma Lindqvist",
    title: "Sports Therapist",
    services: ["massage", "pilates"],
    availability: [["manchester", [1, 2, 3, 4], [["08:00", "12:30"]]]],
  },
  {
    key: "hannah",
    name: "Hannah Cole",
    title: "Acupuncturist",
    services: ["acupuncture"],
    availability: [
      ["londonBridge", [3, 5], [["08:00", "14:00"]]],
      ["manchester", [2], [["13:30", "19:00"]]],
    ],
  },
  {
    key: "chloe",
    name: "Chloe Martin",
    title: "Aesthetic Practitioner",
    services: ["skinConsult", "microneedling", "laser"],
    availability: [
      ["londonBridge", [2, 3, 4, 5], [["10:00", "18:00"]]],
      ["londonBridge", [6], [["09:00", "13:00"]]],
    ],
  },
  {
    key: "aisha",
    name: "Aisha Bello",
    title: "Clinical Pilates Instructor",
    services: ["pilates"],
    availability: [
      ["londonBridge", [1, 3], [["08:00", "13:00"]]],
      ["manchester", [4], [["13:30", "19:00"]]],
      ["manchester", [5], [["08:00", "12:30"]]],
    ],
  },
  {
    key: "marcus",
    name: "Marcus Reid",
    title: "Senior Physiotherapist",
    services: ["assessment", "physio", "hydro", "acupuncture", "shockwave"],
    availability: [["manchester", [...WEEKDAYS], [["08:00", "17:00"]]]],
  },
  {
    key: "michael",
    name: "Dr Michael Chen, DPT",
    title: "Physical Therapist",
    services: ["assessment", "physio", "acupuncture", "laser"],
    availability: [["newYork", [...WEEKDAYS], [["07:00", "15:00"]]]],
  },
  {
    key: "olivia",
    name: "Olivia Brooks",
    title: "Physical Therapist",
    services: ["assessment", "physio", "pilates", "massage"],
    availability: [["newYork", [2, 3, 4, 5], [["13:00", "20:00"]]]],
  },
  {
    key: "sofia",
    name: "Sofia Alvarez",
    title: "Aesthetic Practitioner",
    services: ["skinConsult", "microneedling", "laser"],
    availability: [["newYork", [1, 3, 4], [["09:00", "17:00"]]]],
  },
  {
    key: "daniel",
    name: "Daniel Price",
    title: "Sports Therapist",
    active: false,
    services: ["massage"],
    availability: [],
  },
];

interface PackageSpec {
  key: string;
  name: string;
  description: string;
  priceMinor: number;
  /** GBP unless told: the English clinics' currency. */
  currency?: string;
  validityDays: number;
  active?: boolean;
  /** Sale end relative to the seed day. */
  saleEndsInDays?: number;
  defaultClinic?: ClinicKey;
  minDaysBetween?: number;
  maxPerWeek?: number;
  maxActivePerPatient?: number;
  items: [ServiceKey, number][];
  providerKeys?: string[];
}

const BASE_PACKAGES: PackageSpec[] = [
  {
    key: "physio6",
    name: "Physio Recovery 6",
    description: "An initial assessment followed by six physiotherapy sessions, for recovery after injury or surgery.",
    priceMinor: 42_000,
    validityDays: 90,
    minDaysBetween: 2,
    maxPerWeek: 2,
    items: [["assessment", 1], ["physio", 6]],
  },
  {
    key: "massage5",
    name: "Sports Massage 5",
    description: "Five sports massage sessions, ideal alongside a training block. Can be held twice at once.",
    priceMinor: 27_500,
    validityDays: 120,
    minDaysBetween: 5,
    maxPerWeek: 1,
    maxActivePerPatient: 2,
    items: [["massage", 5]],
  },
  {
    key: "acupuncture8",
    name: "Acupuncture Course 8",
    description: "Eight acupuncture sessions for chronic pain, twice a week at most.",
    priceMinor: 32_000,
    validityDays: 120,
    minDaysBetween: 3,
    maxPerWeek: 2,
    items: [["acupuncture", 8]],
  },
  {
    key: "shockwave3",
    name: "Shockwave 3",
    description: "Three shockwave therapy sessions for tendinopathy, at least a week apart.",
    priceMinor: 21_000,
    validityDays: 60,
    minDaysBetween: 7,
    maxPerWeek: 1,
    items: [["shockwave", 3]],
  },
  {
    key: "backPain",
    name: "Back Pain Programme",
    description: "Assessment, four physiotherapy and four 1:1 Pilates sessions. Run from our Manchester clinic.",
    priceMinor: 56_000,
    validityDays: 120,
    defaultClinic: "manchester",
    minDaysBetween: 2,
    maxPerWeek: 2,
    items: [["assessment", 1], ["physio", 4], ["pilates", 4]],
  },
  {
    key: "skin3",
    name: "Skin Renewal 3",
    description: "A skin consultation and three microneedling treatments four weeks apart, with our aesthetic practitioners.",
    priceMinor: 49_500,
    validityDays: 180,
    minDaysBetween: 28,
    maxPerWeek: 1,
    items: [["skinConsult", 1], ["microneedling", 3]],
    providerKeys: ["chloe", "sofia"],
  },
  {
    key: "laser6",
    name: "Laser Therapy 6",
    description: "Six low-level laser therapy sessions. Introductory offer, on sale for a limited time.",
    priceMinor: 27_000,
    validityDays: 90,
    saleEndsInDays: 21,
    minDaysBetween: 3,
    maxPerWeek: 2,
    items: [["laser", 6]],
  },
  {
    key: "hydro6",
    name: "Hydrotherapy 6",
    description: "Six hydrotherapy pool sessions (Manchester only).",
    priceMinor: 30_000,
    validityDays: 90,
    defaultClinic: "manchester",
    minDaysBetween: 3,
    maxPerWeek: 2,
    items: [["hydro", 6]],
  },
  {
    key: "freshStart",
    name: "Fresh Start 4",
    description: "New-season offer: an assessment and three physiotherapy sessions. No longer on sale.",
    priceMinor: 22_000,
    validityDays: 60,
    saleEndsInDays: -20,
    minDaysBetween: 2,
    maxPerWeek: 2,
    items: [["assessment", 1], ["physio", 3]],
  },
  {
    key: "wellnessTaster",
    name: "Wellness Taster",
    description: "Two sports massages and two acupuncture sessions. Retired.",
    priceMinor: 20_000,
    validityDays: 60,
    active: false,
    items: [["massage", 2], ["acupuncture", 2]],
  },
];

const PACKAGES: PackageSpec[] = [
  ...BASE_PACKAGES,
  // New York sells in US dollars (docs/locale.md): its own templates, priced in USD, sold only there.
  ...NEW_YORK_EDITIONS(),
];

/** The New York editions of the courses it runs: same course, dollar price, key + "Ny". */
function NEW_YORK_EDITIONS(): PackageSpec[] {
  const usd: Record<string, number> = { physio6: 59_500, skin3: 69_000, laser6: 36_000, acupuncture8: 44_000, massage5: 37_500, backPain: 76_000 };
  return Object.entries(usd).map(([key, priceMinor]) => {
    const base = BASE_PACKAGES.find((p) => p.key === key)!;
    return {
      ...base,
      key: `${key}Ny`,
      name: `${base.name} (New York)`,
      description: base.description.replace(" Run from our Manchester clinic.", ""),
      priceMinor,
      currency: "USD",
      defaultClinic: "newYork",
      providerKeys: base.providerKeys?.filter((k) => k === "sofia"),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------

function intervals(spec: string[][]): Interval[] {
  return spec.map(([a, b]) => [t(a), t(b)] as const);
}

/** Intersection of two sorted interval lists. */
export function intersect(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [s1, e1] of a) {
    for (const [s2, e2] of b) {
      const s = Math.max(s1, s2);
      const e = Math.min(e1, e2);
      if (s < e) out.push([s, e]);
    }
  }
  return out.sort((x, y) => x[0] - y[0]);
}

function holidayClosures(clinic: ClinicKey, firstDay: number, lastDay: number): Map<number, string> {
  const closures = new Map<number, string>();
  const { year } = ymdOf(firstDay);
  for (let y = year; y <= ymdOf(lastDay).year; y += 1) {
    const list = clinic === "newYork" ? usHolidays(y) : ukBankHolidays(y);
    for (const h of list) if (h.day >= firstDay && h.day <= lastDay) closures.set(h.day, h.name);
  }
  return closures;
}

export function buildCatalogue(random: SeedRandom, now: Date): Catalogue {
  const today = utcDayOf(now);

  const services = new Map<ServiceKey, SeedService>();
  for (const s of SERVICES) services.set(s.key, { ...s, id: random.id() });

  const clinics = new Map<ClinicKey, SeedClinic>();
  for (const c of CLINICS) {
    const hours = new Map<number, Interval[]>();
    for (const [days, spec] of c.hours) for (const d of days) hours.set(d, intervals(spec));
    // Public holidays from two months back to eight months ahead, so past and future bookings both see them.
    const closures = holidayClosures(c.key, today - 60, today + 240);
    clinics.set(c.key, {
      id: random.id(),
      key: c.key,
      name: c.name,
      timeZone: c.timeZone,
      locale: c.locale,
      currency: c.currency,
      address: c.address,
      phone: c.phone,
      lateCancelWindowHours: c.lateCancelWindowHours,
      lateCancelForfeits: c.lateCancelForfeits,
      noShowForfeits: c.noShowForfeits,
      hours,
      closures,
      services: new Set(c.services),
    });
  }
  // One clinic-specific closure: a staff training day on the Friday about three weeks out.
  const manchester = clinics.get("manchester")!;
  let training = today + 17;
  while (isoWeekday(training) !== 5 || manchester.closures.has(training)) training += 1;
  manchester.closures.set(training, "Staff training day");

  const providers: SeedProvider[] = PROVIDERS.map((p) => {
    const availability = new Map<ClinicKey, Map<number, Interval[]>>();
    for (const [clinicKey, days, spec] of p.availability) {
      const clinic = clinics.get(clinicKey)!;
      const perDay = availability.get(clinicKey) ?? new Map<number, Interval[]>();
      for (const d of days) {
        const clipped = intersect(intervals(spec), clinic.hours.get(d) ?? []);
        if (clipped.length > 0) perDay.set(d, [...(perDay.get(d) ?? []), ...clipped]);
      }
      availability.set(clinicKey, perDay);
    }
    return {
      id: random.id(),
      key: p.key,
      name: p.name,
      title: p.title,
      active: p.active ?? true,
      services: new Set(p.services),
      availability,
      timeOff: [],
    };
  });
  const provider = (key: string) => providers.find((p) => p.key === key)!;

  // Time off, in the provider's (main) clinic zone: whole days of leave, a training day, a half-day, a conference.
  const london = "Europe/London";
  const newYork = "America/New_York";
  const wholeDays = (from: number, days: number, tz: string): [Date, Date] => [
    localToUtc(from, 0, tz),
    localToUtc(from + days, 0, tz),
  ];
  const addOff = (key: string, [startsAt, endsAt]: [Date, Date], reason: string) =>
    provider(key).timeOff.push({ startsAt, endsAt, reason });
  addOff("sarah", wholeDays(today + 10, 5, london), "Annual leave");
  addOff("james", [localToUtc(today + 5, t("09:00"), london), localToUtc(today + 5, t("17:00"), london)], "Training: shockwave CPD course");
  addOff("marcus", wholeDays(today - 12, 3, london), "Sick leave");
  addOff("marcus", wholeDays(today + 24, 7, london), "Annual leave");
  addOff("chloe", wholeDays(today + 30, 10, london), "Annual leave");
  addOff("emma", [localToUtc(today + 3, t("08:00"), london), localToUtc(today + 3, t("10:30"), london)], "Dentist");
  addOff("michael", wholeDays(today + 18, 3, newYork), "Conference: APTA Combined Sections");
  addOff("olivia", wholeDays(today + 8, 2, newYork), "Personal leave");
  addOff("hannah", wholeDays(today + 40, 14, london), "Annual leave");

  const packages: SeedPackage[] = PACKAGES.map((p) => ({
    id: random.id(),
    key: p.key,
    name: p.name,
    description: p.description,
    priceMinor: p.priceMinor,
    currency: p.currency ?? "GBP",
    validityDays: p.validityDays,
    active: p.active ?? true,
    saleEndsOn: p.saleEndsInDays === undefined ? null : today + p.saleEndsInDays,
    defaultClinic: p.defaultClinic ?? null,
    minDaysBetween: p.minDaysBetween ?? null,
    maxPerWeek: p.maxPerWeek ?? null,
    maxActivePerPatient: p.maxActivePerPatient ?? 1,
    items: p.items.map(([serviceKey, sessions]) => ({ serviceKey, sessions, id: random.id() })),
    providerKeys: p.providerKeys ?? [],
  }));

  return { services, clinics, providers, packages };
}

// ---------------------------------------------------------------------------------------------------------------
// Rows for createMany.

export interface CatalogueRows {
  services: Prisma.ServiceCreateManyInput[];
  clinics: Prisma.ClinicCreateManyInput[];
  clinicHours: Prisma.ClinicHoursCreateManyInput[];
  clinicClosures: Prisma.ClinicClosureCreateManyInput[];
  clinicServices: Prisma.ClinicServiceCreateManyInput[];
  providers: Prisma.ProviderCreateManyInput[];
  providerServices: Prisma.ProviderServiceCreateManyInput[];
  providerClinics: Prisma.ProviderClinicCreateManyInput[];
  providerAvailability: Prisma.ProviderAvailabilityCreateManyInput[];
  providerTimeOff: Prisma.ProviderTimeOffCreateManyInput[];
  packages: Prisma.PackageCreateManyInput[];
  packageItems: Prisma.PackageItemCreateManyInput[];
  packageProviders: Prisma.PackageProviderCreateManyInput[];
}

/** When the clinic group "opened" in the demo: well before every purchase and patient. */
export function establishedAt(now: Date): Date {
  return new Date((utcDayOf(now) - 400) * 86_400_000 + 9 * 3_600_000);
}

export function catalogueRows(cat: Catalogue, random: SeedRandom, now: Date): CatalogueRows {
  const createdAt = establishedAt(now);
  const stamps = { createdAt, updatedAt: createdAt };
  const rows: CatalogueRows = {
    services: [],
    clinics: [],
    clinicHours: [],
    clinicClosures: [],
    clinicServices: [],
    providers: [],
    providerServices: [],
    providerClinics: [],
    providerAvailability: [],
    providerTimeOff: [],
    packages: [],
    packageItems: [],
    packageProviders: [],
  };
  for (const s of cat.services.values()) {
    rows.services.push({
      id: s.id,
      name: s.name,
      durationMin: s.durationMin,
      bufferAfterMin: s.bufferAfterMin,
      priceMinor: s.priceMinor,
      colour: s.colour,
      active: s.active,
      ...stamps,
    });
  }
  for (const c of cat.clinics.values()) {
    rows.clinics.push({
      id: c.id,
      name: c.name,
      timeZone: c.timeZone,
      locale: c.locale,
      currency: c.currency,
      address: c.address,
      phone: c.phone,
      lateCancelWindowHours: c.lateCancelWindowHours,
      lateCancelForfeits: c.lateCancelForfeits,
      noShowForfeits: c.noShowForfeits,
      ...stamps,
    });
    for (const [weekday, list] of [...c.hours].sort((a, b) => a[0] - b[0])) {
      for (const [startMinute, endMinute] of list) {
        rows.clinicHours.push({ id: random.id(), clinicId: c.id, weekday, startMinute, endMinute });
      }
    }
    for (const [day, reason] of [...c.closures].sort((a, b) => a[0] - b[0])) {
      rows.clinicClosures.push({ id: random.id(), clinicId: c.id, date: dateOnly(day), reason });
    }
    for (const key of c.services) rows.clinicServices.push({ clinicId: c.id, serviceId: cat.services.get(key)!.id });
  }
  for (const p of cat.providers) {
    rows.providers.push({ id: p.id, name: p.name, title: p.title, active: p.active, ...stamps });
    for (const key of p.services) rows.providerServices.push({ providerId: p.id, serviceId: cat.services.get(key)!.id });
    for (const [clinicKey, perDay] of p.availability) {
      const clinicId = cat.clinics.get(clinicKey)!.id;
      rows.providerClinics.push({ providerId: p.id, clinicId });
      for (const [weekday, list] of [...perDay].sort((a, b) => a[0] - b[0])) {
        for (const [startMinute, endMinute] of list) {
          rows.providerAvailability.push({ id: random.id(), providerId: p.id, clinicId, weekday, startMinute, endMinute });
        }
      }
    }
    for (const off of p.timeOff) {
      rows.providerTimeOff.push({ id: random.id(), providerId: p.id, startsAt: off.startsAt, endsAt: off.endsAt, reason: off.reason });
    }
  }
  // The inactive provider used to work at London Bridge.
  const former = cat.providers.find((p) => !p.active);
  if (former && former.availability.size === 0) {
    rows.providerClinics.push({ providerId: former.id, clinicId: cat.clinics.get("londonBridge")!.id });
  }
  for (const pkg of cat.packages) {
    rows.packages.push({
      id: pkg.id,
      name: pkg.name,
      description: pkg.description,
      priceMinor: pkg.priceMinor,
      currency: pkg.currency,
      validityDays: pkg.validityDays,
      active: pkg.active,
      saleEndsOn: pkg.saleEndsOn === null ? null : dateOnly(pkg.saleEndsOn),
      defaultClinicId: pkg.defaultClinic === null ? null : cat.clinics.get(pkg.defaultClinic)!.id,
      minDaysBetween: pkg.minDaysBetween,
      maxPerWeek: pkg.maxPerWeek,
      maxActivePerPatient: pkg.maxActivePerPatient,
      ...stamps,
    });
    for (const item of pkg.items) {
      rows.packageItems.push({ id: item.id, packageId: pkg.id, serviceId: cat.services.get(item.serviceKey)!.id, sessions: item.sessions });
    }
    for (const key of pkg.providerKeys) {
      rows.packageProviders.push({ packageId: pkg.id, providerId: cat.providers.find((p) => p.key === key)!.id });
    }
  }
  return rows;
}
