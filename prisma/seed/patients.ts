// 200 demo patients with realistic names, contact details that can never reach anyone (example.com, Ofcom
// drama numbers, US 555-01xx numbers), identifiers CAD-000001…, a preferred clinic and some preferences.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Catalogue, ClinicKey } from "./catalogue";
import type { SeedRandom } from "./random";
import { dayFromYmd, dateOnly, ymdOf, utcDayOf } from "./time";

export const PATIENT_COUNT = 200;

export interface TimeWindow {
  start: string;
  end: string;
}

export interface SeedPatient {
  id: string;
  index: number;
  firstName: string;
  lastName: string;
  clinic: ClinicKey;
  preferredWeekdays: number[];
  preferredWindows: TimeWindow[];
}

const WINDOWS: TimeWindow[][] = [
  [{ start: "08:00", end: "12:00" }],
  [{ start: "12:00", end: "14:00" }],
  [{ start: "16:00", end: "20:00" }],
  [{ start: "07:00", end: "09:00" }, { start: "17:00", end: "20:00" }],
  [{ start: "09:00", end: "15:00" }],
];

const WEEKDAY_SETS: number[][] = [[1, 3], [2, 4], [1, 3, 5], [5, 6], [2, 3, 4], [1, 2]];

const NOTES = [
  "Post-operative ACL reconstruction (left knee). Surgeon's protocol on file.",
  "Chronic lower back pain, referred by GP.",
  "Prefers a female practitioner.",
  "Latex allergy: use nitrile gloves.",
  "Hearing impaired: prefers contact by email.",
  "Marathon training: plans sessions around long runs at weekends.",
  "Pregnant (second trimester): no shockwave, no acupuncture on restricted points.",
  "Needs step-free access.",
  "Rotator cuff tendinopathy (right shoulder).",
  "Pays through insurer; bring authorisation code to each visit.",
  "Needle-phobic: discuss alternatives before acupuncture.",
  "Works night shifts; mornings only.",
];

export interface PatientData {
  patients: SeedPatient[];
  rows: Prisma.PatientCreateManyInput[];
}

export function buildPatients(random: SeedRandom, cat: Catalogue, now: Date): PatientData {
  const today = ymdOf(utcDayOf(now));
  const patients: SeedPatient[] = [];
  const rows: Prisma.PatientCreateManyInput[] = [];
  const emails = new Set<string>();

  for (let i = 0; i < PATIENT_COUNT; i += 1) {
    // Roughly 45% London Bridge, 30% Manchester, 25% New York; fixed by index so names never shift clinics.
    const clinic: ClinicKey = i % 20 < 9 ? "londonBridge" : i % 20 < 15 ? "manchester" : "newYork";
    const f = clinic === "newYork" ? random.us : random.uk;
    const sex = f.helpers.arrayElement(["female", "male"] as const);
    const firstName = f.person.firstName(sex);
    const lastName = f.person.lastName();

    const age = f.number.int({ min: 18, max: 84 });
    const month = f.number.int({ min: 1, max: 12 });
    const dom = f.number.int({ min: 1, max: 28 });
    const dateOfBirth = dateOnly(dayFromYmd(today.year - age, month, dom));

    const slug = `${firstName}.${lastName}`.toLowerCase().normalize("NFD").replace(/[^a-z.]/g, "");
    let email: string | null = `${slug}@example.com`;
    for (let n = 2; emails.has(email); n += 1) email = `${slug}${n}@example.com`;
    emails.add(email);
    if (f.number.int({ min: 1, max: 100 }) <= 8) email = null;

    const seq = String(f.number.int({ min: 0, max: 999 })).padStart(3, "0");
    const phone =
      clinic === "newYork"
        ? `(${f.helpers.arrayElement(["212", "646", "718", "917"])}) 555-01${seq.slice(1)}`
        : `07700 900${seq}`;

    const preferredWeekdays = f.number.int({ min: 1, max: 100 }) <= 35 ? [...f.helpers.arrayElement(WEEKDAY_SETS)] : [];
    const preferredWindows = f.number.int({ min: 1, max: 100 }) <= 30 ? f.helpers.arrayElement(WINDOWS) : [];
    const notes = f.number.int({ min: 1, max: 100 }) <= 12 ? f.helpers.arrayElement(NOTES) : null;

    const registered = new Date(now.getTime() - (140 + ((i * 37) % 700)) * 86_400_000);
    const id = random.id();
    patients.push({ id, index: i, firstName, lastName, clinic, preferredWeekdays, preferredWindows });
    rows.push({
      id,
      firstName,
      lastName,
      dateOfBirth,
      email,
      phone,
      identifier: `CAD-${String(i + 1).padStart(6, "0")}`,
      notes,
      preferredClinicId: cat.clinics.get(clinic)!.id,
      preferredWeekdays,
      preferredWindows: preferredWindows.map((w) => ({ ...w })),
      // Two patients have left the practice.
      active: i !== 57 && i !== 143,
      // Registered before any of their purchases (the oldest is about 130 days old).
      createdAt: registered,
      updatedAt: registered,
    });
  }
  return { patients, rows };
}
