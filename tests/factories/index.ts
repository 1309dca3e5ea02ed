// Test data with sensible defaults: each builder creates one row (and whatever it needs that was not given),
// takes the client first and overrides second, and returns the created row.
//   const provider = await buildProvider(db.prisma, { name: "Dr Lee" });
//   await buildAppointment(db.prisma, { providerId: provider.id, startsAt: at("2030-01-07T09:00Z") });
import bcrypt from "bcryptjs";
import type { AppPrismaClient } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A client or an interactive transaction. */
export type Db = AppPrismaClient | Prisma.TransactionClient;

/** The password of every user built here (hashed with a low bcrypt cost to keep tests fast). */
export const TEST_PASSWORD = "correct horse battery staple";
let passwordHash: string | undefined;
export function testPasswordHash(): string {
  passwordHash ??= bcrypt.hashSync(TEST_PASSWORD, 4);
  return passwordHash;
}

let counter = 0;
/** A number unique within the test run, for unique names and identifiers. */
export function sequence(): number {
  return ++counter;
}

/** `strictUndefinedChecks` rejects explicit undefined; an override left undefined means "use the default". */
function defined<T extends object>(overrides: T): Partial<T> {
  return Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export const at = (iso: string) => new Date(iso);
export const addMinutes = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000);
export const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

export async function buildUser(db: Db, overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const n = sequence();
  return db.user.create({
    data: {
      email: `user${n}@cadence.test`,
      name: `User ${n}`,
      passwordHash: testPasswordHash(),
      role: "STAFF",
      ...defined(overrides),
    },
  });
}

export async function buildClinic(db: Db, overrides: Partial<Prisma.ClinicUncheckedCreateInput> = {}) {
  const n = sequence();
  return db.clinic.create({ data: { name: `Clinic ${n}`, timeZone: "Europe/London", ...defined(overrides) } });
}

export async function buildService(db: Db, overrides: Partial<Prisma.ServiceUncheckedCreateInput> = {}) {
  const n = sequence();
  return db.service.create({
    data: { name: `Service ${n}`, durationMin: 60, bufferAfterMin: 0, priceMinor: 6_000, ...defined(overrides) },
  });
}

type ProviderOverrides = Partial<Prisma.ProviderUncheckedCreateInput> & {
  /** Clinics the provider works at (ProviderClinic rows). */
  clinicIds?: string[];
  /** Services the provider is qualified for (ProviderService rows). */
  serviceIds?: string[];
};

export async function buildProvider(db: Db, overrides: ProviderOverrides = {}) {
  const { clinicIds = [], serviceIds = [], ...rest } = overrides;
  const n = sequence();
  return db.provider.create({
    data: {
      name: `Provider ${n}`,
      ...defined(rest),
      ...(clinicIds.length > 0 ? { clinics: { create: clinicIds.map((clinicId) => ({ clinicId })) } } : {}),
      ...(serviceIds.length > 0 ? { services: { create: serviceIds.map((serviceId) => ({ serviceId })) } } : {}),
    },
  });
}

export async function buildPatient(db: Db, overrides: Partial<Prisma.PatientUncheckedCreateInput> = {}) {
  const n = sequence();
  return db.patient.create({
    data: {
      firstName: `Pat${n}`,
      lastName: `Patient${n}`,
      dateOfBirth: at("1985-06-15T00:00:00Z"),
      identifier: `MRN${String(n).padStart(6, "0")}`,
      ...defined(overrides),
    },
  });
}

type PackageOverrides = Partial<Prisma.PackageUncheckedCreateInput> & {
  /** Services and session counts; default: one new service × 6 sessions. */
  items?: { serviceId: string; sessions: number }[];
  /** Provider restriction (PackageProvider rows); default: none (any qualified provider). */
  providerIds?: string[];
};

export async function buildPackage(db: Db, overrides: PackageOverrides = {}) {
  const { items, providerIds = [], ...rest } = overrides;
  const lines = items ?? [{ serviceId: (await buildService(db)).id, sessions: 6 }];
  const n = sequence();
  return db.package.create({
    data: {
      name: `Package ${n}`,
      priceMinor: 30_000,
      validityDays: 180,
      ...defined(rest),
      items: { create: lines },
      ...(providerIds.length > 0 ? { allowedProviders: { create: providerIds.map((providerId) => ({ providerId })) } } : {}),
    },
    include: { items: true },
  });
}

type PurchaseOverrides = Omit<Partial<Prisma.PackagePurchaseUncheckedCreateInput>, "purchasedAt"> & {
  purchasedAt?: Date;
  /** Ledger lines; default: one per package item, nothing used yet. */
  items?: { serviceId: string; sessionsTotal: number; booked?: number; completed?: number; forfeited?: number }[];
};

/** A purchase with its ledger (PurchaseItem rows), snapshotting the package like the assign service does. */
export async function buildPurchase(db: Db, overrides: PurchaseOverrides = {}) {
  const { items, ...rest } = overrides;
  const pkg = rest.packageId
    ? await db.package.findUniqueOrThrow({ where: { id: rest.packageId }, include: { items: true } })
    : await buildPackage(db);
  const patientId = rest.patientId ?? (await buildPatient(db)).id;
  const assignedById = rest.assignedById ?? (await buildUser(db)).id;
  const purchasedAt = rest.purchasedAt ?? new Date();
  const lines = items ?? pkg.items.map((i) => ({ serviceId: i.serviceId, sessionsTotal: i.sessions }));
  return db.packagePurchase.create({
    data: {
      packageName: pkg.name,
      expiresAt: addDays(purchasedAt, pkg.validityDays),
      pricePaidMinor: pkg.priceMinor,
      currency: pkg.currency,
      minDaysBetween: pkg.minDaysBetween,
      maxPerWeek: pkg.maxPerWeek,
      ...defined(rest),
      packageId: pkg.id,
      patientId,
      assignedById,
      purchasedAt,
      items: { create: lines },
    },
    include: { items: true },
  });
}

/**
 * An appointment; missing patient, provider, clinic, service and creator are created. `endsAt` defaults to
 * start + the service's duration and `blockEndsAt` to end + its buffer, as the booking service computes them.
 */
export async function buildAppointment(db: Db, overrides: Partial<Prisma.AppointmentUncheckedCreateInput> = {}) {
  const o = defined(overrides);
  const service = o.serviceId
    ? await db.service.findUniqueOrThrow({ where: { id: o.serviceId } })
    : await buildService(db);
  const clinicId = o.clinicId ?? (await buildClinic(db)).id;
  const providerId = o.providerId ?? (await buildProvider(db)).id;
  const patientId = o.patientId ?? (await buildPatient(db)).id;
  const createdById = o.createdById ?? (await buildUser(db)).id;
  const startsAt = o.startsAt ? new Date(o.startsAt) : at("2030-01-07T09:00:00Z");
  const endsAt = o.endsAt ? new Date(o.endsAt) : addMinutes(startsAt, service.durationMin);
  const blockEndsAt = o.blockEndsAt ? new Date(o.blockEndsAt) : addMinutes(endsAt, service.bufferAfterMin);
  return db.appointment.create({
    data: { ...o, serviceId: service.id, clinicId, providerId, patientId, createdById, startsAt, endsAt, blockEndsAt },
  });
}
