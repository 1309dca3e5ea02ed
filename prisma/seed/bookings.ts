// Package purchases with their ledgers, and appointments (course sessions and single visits), simulated forward
// from each purchase date: sessions already in the past are COMPLETED, NO_SHOW or CANCELLED, sessions in the
// coming weeks are SCHEDULED. The ledger of every purchase item is derived from its appointments at the end, so
// booked / completed / forfeited always agree with them exactly.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Catalogue, ClinicKey, SeedClinic, SeedPackage, SeedProvider, ServiceKey } from "./catalogue";
import type { SeedPatient } from "./patients";
import type { SeedRandom } from "./random";
import type { SeedUsers } from "./users";
import { Occupancy, SlotFinder, type Slot } from "./slots";
import { MS_PER_DAY, isoWeekIndex, isoWeekday, localDayOf } from "./time";

type AppointmentStatus = "SCHEDULED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW";
type PurchaseStatus = "ACTIVE" | "COMPLETED" | "EXPIRED" | "CANCELLED";

const HOUR = 3_600_000;

export interface BookingRows {
  purchases: Prisma.PackagePurchaseCreateManyInput[];
  purchaseItems: Prisma.PurchaseItemCreateManyInput[];
  batches: Prisma.BookingBatchCreateManyInput[];
  appointments: Prisma.AppointmentCreateManyInput[];
}

type FutureMode = "all" | "some" | "none";

interface PurchaseSpec {
  pkg: SeedPackage;
  patient: SeedPatient;
  /** Days before today (local) the package was bought. */
  ago: number;
  future: FutureMode;
  /** Most sessions used (completed / forfeited) before today. */
  pastCap?: number;
  /** Every past session attended. */
  perfectAttendance?: boolean;
  /** How many future sessions "some" books. */
  someCount?: number;
}

const CANCEL_REASONS_EARLY = [
  "Patient rescheduled: work commitment",
  "Patient unwell, rang ahead",
  "Travelling that week",
  "Childcare clash",
];
const CANCEL_REASONS_LATE = ["Late cancellation: unwell", "Late cancellation: transport problems", "Late cancellation: no reason given"];
const COMPLETED_NOTES = [
  "Good progress; home exercise programme updated.",
  "Pain 3/10 (was 6/10). Continue plan.",
  "Range of movement improving.",
  "Reviewed goals with patient.",
];

export function buildBookings(
  random: SeedRandom,
  cat: Catalogue,
  patients: SeedPatient[],
  users: SeedUsers,
  now: Date,
): BookingRows {
  const rng = random.pick;
  const nowMs = now.getTime();
  const occupancy = new Occupancy();
  const finder = new SlotFinder(occupancy, rng);
  const rows: BookingRows = { purchases: [], purchaseItems: [], batches: [], appointments: [] };

  const pkg = (key: string, at?: ClinicKey) => cat.packages.find((p) => p.key === (at === "newYork" ? `${key}Ny` : key))!;
  const service = (key: ServiceKey) => cat.services.get(key)!;
  const todayOf = (clinic: SeedClinic) => localDayOf(now, clinic.timeZone);
  const int = (min: number, max: number) => rng.number.int({ min, max });
  const chance = (percent: number) => int(1, 100) <= percent;

  const providersFor = (clinic: SeedClinic, serviceKey: ServiceKey, allowed: string[] = []) =>
    cat.providers.filter(
      (p) =>
        p.active &&
        p.services.has(serviceKey) &&
        (p.availability.get(clinic.key)?.size ?? 0) > 0 &&
        (allowed.length === 0 || allowed.includes(p.key)),
    );

  const clinicFor = (p: SeedPackage, patient: SeedPatient): SeedClinic | null => {
    const offersAll = (c: SeedClinic) =>
      p.items.every((i) => c.services.has(i.serviceKey) && providersFor(c, i.serviceKey, p.providerKeys).length > 0);
    // A template is sold only at clinics of its currency (docs/locale.md).
    const sells = (c: SeedClinic) => c.currency === p.currency && offersAll(c);
    const own = cat.clinics.get(patient.clinic)!;
    if (sells(own)) return own;
    const fallback = p.defaultClinic ? cat.clinics.get(p.defaultClinic)! : null;
    return fallback && sells(fallback) ? fallback : null;
  };

  // ---- Purchase specifications -------------------------------------------------------------------------------
  const active = patients.filter((p) => p.index !== 57 && p.index !== 143);
  const taken = new Map<string, number>(); // `${patientId}|${packageKey}` → active purchases
  const perPatient = new Map<string, number>();
  let cursor = 0;
  const nextPatient = (p: SeedPackage, want?: ClinicKey): SeedPatient => {
    for (let n = 0; n < active.length; n += 1) {
      const patient = active[(cursor + n * 7) % active.length];
      if (want && patient.clinic !== want) continue;
      if ((perPatient.get(patient.id) ?? 0) >= 1) continue;
      if ((taken.get(`${patient.id}|${p.key}`) ?? 0) >= p.maxActivePerPatient) continue;
      if (!clinicFor(p, patient)) continue;
      cursor = (cursor + n * 7 + 1) % active.length;
      return patient;
    }
    throw new Error(`seed: no patient left for ${p.name}`);
  };

  const specs: PurchaseSpec[] = [];
  const add = (spec: PurchaseSpec) => {
    specs.push(spec);
    taken.set(`${spec.patient.id}|${spec.pkg.key}`, (taken.get(`${spec.patient.id}|${spec.pkg.key}`) ?? 0) + 1);
    perPatient.set(spec.patient.id, (perPatient.get(spec.patient.id) ?? 0) + 1);
  };

  // Named cases the demo and the tests rely on.
  add({ pkg: pkg("shockwave3"), patient: nextPatient(pkg("shockwave3"), "londonBridge"), ago: 45, future: "none", perfectAttendance: true });
  add({ pkg: pkg("massage5"), patient: nextPatient(pkg("massage5"), "manchester"), ago: 132, future: "none", pastCap: 3 });
  add({ pkg: pkg("physio6"), patient: nextPatient(pkg("physio6"), "londonBridge"), ago: 84, future: "some", someCount: 1, pastCap: 5 });
  const twoMassages = nextPatient(pkg("massage5"), "londonBridge");
  add({ pkg: pkg("massage5"), patient: twoMassages, ago: 30, future: "all", pastCap: 3 });
  perPatient.set(twoMassages.id, 0);
  add({ pkg: pkg("massage5"), patient: twoMassages, ago: 3, future: "none" });
  add({ pkg: pkg("skin3"), patient: nextPatient(pkg("skin3"), "londonBridge"), ago: 40, future: "all" });
  add({ pkg: pkg("skin3", "newYork"), patient: nextPatient(pkg("skin3", "newYork"), "newYork"), ago: 10, future: "some", someCount: 2 });
  add({ pkg: pkg("freshStart"), patient: nextPatient(pkg("freshStart"), "londonBridge"), ago: 35, future: "all", pastCap: 2 });
  add({ pkg: pkg("wellnessTaster"), patient: nextPatient(pkg("wellnessTaster"), "manchester"), ago: 50, future: "some", someCount: 1, pastCap: 2 });
  // Freshly sold, nothing booked yet: ready for "Use Package" → Auto Schedule.
  add({ pkg: pkg("physio6"), patient: nextPatient(pkg("physio6"), "londonBridge"), ago: 1, future: "none", pastCap: 0 });
  add({ pkg: pkg("backPain"), patient: nextPatient(pkg("backPain"), "manchester"), ago: 1, future: "none", pastCap: 0 });
  add({ pkg: pkg("physio6", "newYork"), patient: nextPatient(pkg("physio6", "newYork"), "newYork"), ago: 1, future: "none", pastCap: 0 });

  // The rest of the book of business.
  const mix: [string, ClinicKey][] = [
    ["physio6", "londonBridge"], ["physio6", "manchester"], ["physio6", "newYork"], ["acupuncture8", "londonBridge"],
    ["massage5", "manchester"], ["backPain", "manchester"], ["shockwave3", "londonBridge"], ["laser6", "newYork"],
    ["hydro6", "manchester"], ["physio6", "londonBridge"], ["acupuncture8", "newYork"], ["massage5", "londonBridge"],
    ["backPain", "manchester"], ["laser6", "londonBridge"], ["shockwave3", "manchester"], ["physio6", "manchester"],
    ["acupuncture8", "manchester"], ["hydro6", "manchester"], ["massage5", "newYork"], ["physio6", "londonBridge"],
    ["backPain", "newYork"], ["laser6", "newYork"], ["physio6", "newYork"], ["acupuncture8", "londonBridge"],
    ["massage5", "londonBridge"], ["shockwave3", "londonBridge"], ["physio6", "manchester"], ["skin3", "londonBridge"],
  ];
  for (const [key, clinic] of mix) {
    const p = pkg(key, clinic);
    const maxAgo = Math.min(p.validityDays - 10, 75);
    const total = p.items.reduce((s, i) => s + i.sessions, 0);
    const r = int(1, 100);
    add({
      pkg: p,
      patient: nextPatient(p, clinic),
      ago: int(4, maxAgo),
      future: r <= 45 ? "all" : r <= 80 ? "some" : "none",
      pastCap: int(0, total - 2),
      someCount: int(1, 3),
    });
  }

  // ---- Simulation ---------------------------------------------------------------------------------------------
  for (const spec of specs) {
    const p = spec.pkg;
    const patient = spec.patient;
    const clinic = clinicFor(p, patient)!;
    const today = todayOf(clinic);
    const purchasedDay = today - spec.ago;
    const purchasedAt = new Date(finder.utcOf(clinic.timeZone, purchasedDay, int(9 * 60, 17 * 60)));
    const expiresAt = new Date(purchasedAt.getTime() + p.validityDays * MS_PER_DAY);
    const expiryDay = localDayOf(expiresAt, clinic.timeZone);
    const assignedById = chance(80) ? users.staffFor(clinic.key) : users.admin;
    const purchaseId = random.id();
    const allowedProviders = p.providerKeys.map((k) => cat.providers.find((x) => x.key === k)!);

    const items = p.items.map((i) => ({ id: random.id(), serviceKey: i.serviceKey, sessions: i.sessions }));
    const itemFor = (key: ServiceKey) => items.find((i) => i.serviceKey === key)!;

    // Session order: first-visit services first, then the rest interleaved (physio, pilates, physio, …).
    const first = items.filter((i) => i.serviceKey === "assessment" || i.serviceKey === "skinConsult");
    const rest = items.filter((i) => !first.includes(i));
    const units: ServiceKey[] = first.flatMap((i) => Array<ServiceKey>(i.sessions).fill(i.serviceKey));
    for (let round = 0; rest.some((i) => i.sessions > round); round += 1) {
      for (const i of rest) if (i.sessions > round) units.push(i.serviceKey);
    }

    // Continuity: one main provider per service for this course.
    const primary = new Map<ServiceKey, SeedProvider>();
    for (const i of items) {
      const eligible = providersFor(clinic, i.serviceKey, p.providerKeys);
      primary.set(i.serviceKey, rng.helpers.arrayElement(eligible));
    }

    const minGap = Math.max(p.minDaysBetween ?? 1, 1);
    const perWeek = new Map<number, number>();
    let lastDay = Number.NEGATIVE_INFINITY;
    const cadenceOk = (day: number) =>
      day - lastDay >= minGap && (p.maxPerWeek === null || (perWeek.get(isoWeekIndex(day)) ?? 0) < p.maxPerWeek);
    const noteSession = (day: number) => {
      lastDay = day;
      perWeek.set(isoWeekIndex(day), (perWeek.get(isoWeekIndex(day)) ?? 0) + 1);
    };

    const place = (serviceKey: ServiceKey, phase: "past" | "future", fromDay: number, toDay: number): Slot | null => {
      const svc = service(serviceKey);
      const main = primary.get(serviceKey)!;
      const others = rng.helpers.shuffle(providersFor(clinic, serviceKey, p.providerKeys).filter((x) => x !== main));
      const base = {
        clinic,
        service: svc,
        patientId: patient.id,
        toDay,
        phase,
        now: nowMs,
        endBy: expiresAt.getTime(),
        preferredWindows: patient.preferredWindows,
      } as const;
      const prefDays = patient.preferredWeekdays;
      const attempts: Parameters<SlotFinder["find"]>[0][] = [];
      if (prefDays.length > 0) {
        attempts.push({ ...base, fromDay, toDay: Math.min(toDay, fromDay + 14), providers: [main], dayOk: (d) => cadenceOk(d) && prefDays.includes(isoWeekday(d)) });
      }
      attempts.push({ ...base, fromDay, toDay: Math.min(toDay, fromDay + 10), providers: [main], dayOk: cadenceOk });
      attempts.push({ ...base, fromDay, providers: [main, ...others], dayOk: cadenceOk });
      for (const a of attempts) {
        const slot = finder.find(a);
        if (slot) return slot;
      }
      return null;
    };

    const appts: Prisma.AppointmentCreateManyInput[] = [];
    const forfeitedBy = new Map<string, number>();
    let unit = 0;
    let used = 0;
    const pastCap = spec.pastCap ?? units.length;
    let fromDay = purchasedDay + int(1, 4);

    // Past: what already happened.
    while (unit < units.length && used < pastCap) {
      const serviceKey = units[unit];
      const slot = place(serviceKey, "past", fromDay, Math.min(today, expiryDay));
      if (!slot) break;
      finder.book(slot, patient.id);
      const item = itemFor(serviceKey);
      const createdAt = new Date(Math.max(purchasedAt.getTime(), slot.startsAt.getTime() - int(2, 14) * MS_PER_DAY));
      const r = spec.perfectAttendance ? 1 : int(1, 100);
      let status: AppointmentStatus = "COMPLETED";
      let cancelledAt: Date | null = null;
      let cancelReason: string | null = null;
      let forfeit = false;
      // The last week's outcomes are partly still to be recorded by the front desk (complete / no-show).
      const awaitingOutcome = slot.startsAt.getTime() > nowMs - 7 * MS_PER_DAY;
      if (awaitingOutcome) {
        status = slot.startsAt.getTime() > nowMs - MS_PER_DAY ? "CHECKED_IN" : "SCHEDULED";
      } else if (r > 90) {
        status = "CANCELLED";
        const lead = slot.startsAt.getTime() - createdAt.getTime();
        const late = chance(40);
        cancelledAt = late
          ? new Date(slot.startsAt.getTime() - int(2, clinic.lateCancelWindowHours - 2) * HOUR)
          : new Date(createdAt.getTime() + Math.floor(lead * 0.3));
        if (cancelledAt.getTime() < createdAt.getTime()) cancelledAt = new Date(createdAt.getTime() + HOUR);
        const isLate = slot.startsAt.getTime() - cancelledAt.getTime() < clinic.lateCancelWindowHours * HOUR;
        cancelReason = rng.helpers.arrayElement(isLate ? CANCEL_REASONS_LATE : CANCEL_REASONS_EARLY);
        forfeit = isLate && clinic.lateCancelForfeits;
      } else if (r > 82) {
        status = "NO_SHOW";
        forfeit = clinic.noShowForfeits;
      }
      appts.push({
        id: random.id(),
        patientId: patient.id,
        providerId: slot.provider.id,
        clinicId: clinic.id,
        serviceId: service(serviceKey).id,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        blockEndsAt: slot.blockEndsAt,
        status,
        purchaseId,
        purchaseItemId: item.id,
        forfeitsSession: forfeit,
        notes: status === "COMPLETED" && chance(25) ? rng.helpers.arrayElement(COMPLETED_NOTES) : null,
        cancelReason,
        cancelledAt,
        createdById: users.staffFor(clinic.key),
        createdAt,
      });
      if (status === "CANCELLED" && !forfeit) {
        // The session went back to the package; rebooked a few days later.
        fromDay = slot.day + int(1, 3);
        continue;
      }
      noteSession(slot.day);
      if (status === "COMPLETED" || forfeit || awaitingOutcome) {
        if (forfeit) forfeitedBy.set(item.id, (forfeitedBy.get(item.id) ?? 0) + 1);
        unit += 1;
        used += 1;
      }
      fromDay = slot.day + minGap + (spec.perfectAttendance ? int(0, 1) : int(0, 5));
    }

    // Future: the sessions already booked for the coming weeks, created together as one Auto Schedule batch.
    const wantFuture =
      spec.future === "all" ? units.length - unit : spec.future === "some" ? Math.min(spec.someCount ?? 1, units.length - unit) : 0;
    const futureAppts: Prisma.AppointmentCreateManyInput[] = [];
    const batchId = random.id();
    const batchCreatedAt = new Date(Math.max(purchasedAt.getTime() + HOUR, nowMs - int(1, 10) * MS_PER_DAY));
    const bookedBy = users.staffFor(clinic.key);
    fromDay = Math.max(fromDay, today);
    for (let n = 0; n < wantFuture && unit < units.length; n += 1) {
      const serviceKey = units[unit];
      const slot = place(serviceKey, "future", fromDay, expiryDay);
      if (!slot) break;
      finder.book(slot, patient.id);
      noteSession(slot.day);
      futureAppts.push({
        id: random.id(),
        patientId: patient.id,
        providerId: slot.provider.id,
        clinicId: clinic.id,
        serviceId: service(serviceKey).id,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        blockEndsAt: slot.blockEndsAt,
        status: "SCHEDULED",
        purchaseId,
        purchaseItemId: itemFor(serviceKey).id,
        createdById: bookedBy,
        createdAt: batchCreatedAt,
      });
      unit += 1;
      fromDay = slot.day + minGap + int(0, 2);
    }
    if (futureAppts.length >= 2) {
      rows.batches.push({ id: batchId, idempotencyKey: `seed-${batchId}`, purchaseId, createdById: bookedBy, createdAt: batchCreatedAt });
      for (const a of futureAppts) a.batchId = batchId;
    }
    appts.push(...futureAppts);

    // Ledger, derived from the appointments.
    let consumed = 0;
    let total = 0;
    for (const i of items) {
      const mine = appts.filter((a) => a.purchaseItemId === i.id);
      const booked = mine.filter((a) => a.status === "SCHEDULED" || a.status === "CHECKED_IN").length;
      const completed = mine.filter((a) => a.status === "COMPLETED").length;
      const forfeited = forfeitedBy.get(i.id) ?? 0;
      if (booked + completed + forfeited > i.sessions) throw new Error(`seed: ledger overdrawn for ${p.name}`);
      rows.purchaseItems.push({ id: i.id, purchaseId, serviceId: service(i.serviceKey).id, sessionsTotal: i.sessions, booked, completed, forfeited });
      consumed += completed + forfeited;
      total += i.sessions;
    }
    const status: PurchaseStatus = expiresAt.getTime() <= nowMs ? "EXPIRED" : consumed === total ? "COMPLETED" : "ACTIVE";
    rows.purchases.push({
      id: purchaseId,
      patientId: patient.id,
      packageId: p.id,
      packageName: p.name,
      purchasedAt,
      expiresAt,
      pricePaidMinor: p.priceMinor,
      currency: p.currency,
      status,
      minDaysBetween: p.minDaysBetween,
      maxPerWeek: p.maxPerWeek,
      allowedProviderIds: allowedProviders.map((x) => x.id),
      assignedById,
      createdAt: purchasedAt,
    });
    rows.appointments.push(...appts);
  }

  // ---- Single (non-package) appointments ----------------------------------------------------------------------
  const singles: { daysFromToday: number }[] = [];
  for (let n = 0; n < 70; n += 1) singles.push({ daysFromToday: int(-45, 28) });
  for (let n = 0; n < 12; n += 1) singles.push({ daysFromToday: int(0, 1) }); // a lively "today" and "tomorrow"
  for (const s of singles) {
    const patient = rng.helpers.arrayElement(active);
    const clinic = cat.clinics.get(patient.clinic)!;
    const offered = [...clinic.services].map(service).filter((x) => x.active && providersFor(clinic, x.key).length > 0);
    const svc = rng.helpers.arrayElement(offered);
    const today = todayOf(clinic);
    const day = today + s.daysFromToday;
    const phase = day < today ? "past" : "future";
    const slot = finder.find({
      clinic,
      service: svc,
      providers: rng.helpers.shuffle(providersFor(clinic, svc.key)),
      patientId: patient.id,
      fromDay: day,
      toDay: phase === "past" ? Math.min(day + 5, today) : day + 5,
      phase,
      now: nowMs,
      preferredWindows: patient.preferredWindows,
    });
    if (!slot) continue;
    finder.book(slot, patient.id);
    const createdAt = new Date(Math.min(nowMs, slot.startsAt.getTime() - int(1, 21) * MS_PER_DAY));
    let status: AppointmentStatus = "SCHEDULED";
    let cancelledAt: Date | null = null;
    let cancelReason: string | null = null;
    if (slot.startsAt.getTime() < nowMs) {
      const r = int(1, 100);
      status = r <= 86 ? "COMPLETED" : r <= 93 ? "NO_SHOW" : "CANCELLED";
      if (status === "CANCELLED") {
        cancelledAt = new Date(slot.startsAt.getTime() - int(6, 72) * HOUR);
        if (cancelledAt.getTime() < createdAt.getTime()) cancelledAt = new Date(createdAt.getTime() + HOUR);
        cancelReason = rng.helpers.arrayElement(CANCEL_REASONS_EARLY);
      }
    }
    rows.appointments.push({
      id: random.id(),
      patientId: patient.id,
      providerId: slot.provider.id,
      clinicId: clinic.id,
      serviceId: svc.id,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      blockEndsAt: slot.blockEndsAt,
      status,
      notes: svc.key === "assessment" && status === "SCHEDULED" ? "New patient: please arrive 10 minutes early." : null,
      cancelReason,
      cancelledAt,
      createdById: users.staffFor(clinic.key),
      createdAt,
    });
  }

  for (const a of rows.appointments) {
    const created = a.createdAt as Date;
    a.updatedAt =
      a.status === "CANCELLED" ? (a.cancelledAt as Date) : a.status === "COMPLETED" || a.status === "NO_SHOW" ? (a.blockEndsAt as Date) : created;
  }
  for (const p of rows.purchases) {
    const touched = rows.appointments
      .filter((a) => a.purchaseId === p.id)
      .map((a) => Math.max((a.updatedAt as Date).getTime(), (a.createdAt as Date).getTime()));
    p.updatedAt = new Date(Math.min(nowMs, Math.max((p.purchasedAt as Date).getTime(), ...touched)));
  }
  rows.appointments.sort((a, b) => (a.startsAt as Date).getTime() - (b.startsAt as Date).getTime());
  return rows;
}

