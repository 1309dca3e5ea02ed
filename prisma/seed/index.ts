// Deterministic demo data: three clinics in two time zones, services, providers with weekly availability and
// time off, package templates, 200 patients, purchases whose ledgers match their appointments exactly, single
// appointments, and the demo sign-ins (users.ts, DEMO_LOGINS). Same `now` → same data (ids included; only the
// bcrypt salts differ). Safe to call on every start: it does nothing once any user exists.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildBookings } from "./bookings";
import { buildCatalogue, catalogueRows } from "./catalogue";
import { buildPatients } from "./patients";
import { createRandom, SEED } from "./random";
import { MS_PER_DAY } from "./time";
import { buildUsers } from "./users";

export { DEMO_LOGINS, type DemoLogin } from "./users";

export interface SeedOptions {
  /** The seed's "today". Default: the current time rounded down to the (UTC) day. */
  now?: Date;
}

export interface SeedCounts {
  users: number;
  clinics: number;
  clinicHours: number;
  clinicClosures: number;
  services: number;
  providers: number;
  providerAvailability: number;
  providerTimeOff: number;
  packages: number;
  patients: number;
  purchases: number;
  purchaseItems: number;
  bookingBatches: number;
  appointments: number;
  appointmentsByStatus: Record<"SCHEDULED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW", number>;
  purchasesByStatus: Record<"ACTIVE" | "COMPLETED" | "EXPIRED" | "CANCELLED", number>;
}

export interface SeedSummary {
  /** False when the database already had users and nothing was written. */
  seeded: boolean;
  /** Why nothing was written, when `seeded` is false. */
  reason?: string;
  /** The `now` the data was generated for (ISO). */
  now: string;
  durationMs: number;
  counts: SeedCounts;
}

/**
 * The client surface the seed uses. Both a plain generated PrismaClient and the app's configured client
 * (lib/database/client.ts, which omits password hashes from reads) satisfy it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any `omit` configuration is fine: the seed only writes
export type SeedClient = PrismaClient<never, any>;
type Tx = Parameters<Parameters<SeedClient["$transaction"]>[0]>[0];

const ADVISORY_LOCK_KEY = 7_305_511; // any constant: serialises concurrent seeds against one PostgreSQL

function emptyCounts(): SeedCounts {
  return {
    users: 0,
    clinics: 0,
    clinicHours: 0,
    clinicClosures: 0,
    services: 0,
    providers: 0,
    providerAvailability: 0,
    providerTimeOff: 0,
    packages: 0,
    patients: 0,
    purchases: 0,
    purchaseItems: 0,
    bookingBatches: 0,
    appointments: 0,
    appointmentsByStatus: { SCHEDULED: 0, CHECKED_IN: 0, COMPLETED: 0, CANCELLED: 0, NO_SHOW: 0 },
    purchasesByStatus: { ACTIVE: 0, COMPLETED: 0, EXPIRED: 0, CANCELLED: 0 },
  };
}

export function defaultSeedNow(at: Date = new Date()): Date {
  return new Date(Math.floor(at.getTime() / MS_PER_DAY) * MS_PER_DAY);
}

/** Builds every row in memory (no database access). Exposed for tests and for inspecting the demo data. */
export async function buildSeedData(now: Date) {
  const random = createRandom(SEED);
  const catalogue = buildCatalogue(random, now);
  const catalogueData = catalogueRows(catalogue, random, now);
  const users = await buildUsers(random, catalogue, now);
  const patients = buildPatients(random, catalogue, now);
  const bookings = buildBookings(random, catalogue, patients.patients, users.users, now);
  return { catalogue: catalogueData, users, patients: patients.rows, bookings };
}

export async function seedDatabase(prisma: SeedClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = Date.now();
  const now = options.now ?? defaultSeedNow();
  const skipped = (): SeedSummary => ({
    seeded: false,
    reason: "The database already has users; demo data is only written to an empty database.",
    now: now.toISOString(),
    durationMs: Date.now() - started,
    counts: emptyCounts(),
  });

  if ((await prisma.user.count()) > 0) return skipped();

  const data = await buildSeedData(now);
  const { catalogue: c, users, patients, bookings: b } = data;

  const wrote = await prisma.$transaction(
    async (tx: Tx) => {
      // Two app instances starting together against one PostgreSQL: the second waits here, then finds users.
      await tx.$queryRawUnsafe(`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(${ADVISORY_LOCK_KEY})) AS l`);
      if ((await tx.user.count()) > 0) return false;

      await tx.service.createMany({ data: c.services });
      await tx.clinic.createMany({ data: c.clinics });
      await tx.clinicHours.createMany({ data: c.clinicHours });
      await tx.clinicClosure.createMany({ data: c.clinicClosures });
      await tx.clinicService.createMany({ data: c.clinicServices });
      await tx.provider.createMany({ data: c.providers });
      await tx.providerService.createMany({ data: c.providerServices });
      await tx.providerClinic.createMany({ data: c.providerClinics });
      await tx.providerAvailability.createMany({ data: c.providerAvailability });
      await tx.providerTimeOff.createMany({ data: c.providerTimeOff });
      await tx.package.createMany({ data: c.packages });
      await tx.packageItem.createMany({ data: c.packageItems });
      await tx.packageProvider.createMany({ data: c.packageProviders });
      await tx.user.createMany({ data: users.rows });
      await tx.clinicMembership.createMany({ data: users.memberships });
      await tx.patient.createMany({ data: patients });
      await tx.packagePurchase.createMany({ data: b.purchases });
      await tx.purchaseItem.createMany({ data: b.purchaseItems });
      await tx.bookingBatch.createMany({ data: b.batches });
      await tx.appointment.createMany({ data: b.appointments });
      return true;
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
  if (!wrote) return skipped();

  const counts = emptyCounts();
  counts.users = users.rows.length;
  counts.clinics = c.clinics.length;
  counts.clinicHours = c.clinicHours.length;
  counts.clinicClosures = c.clinicClosures.length;
  counts.services = c.services.length;
  counts.providers = c.providers.length;
  counts.providerAvailability = c.providerAvailability.length;
  counts.providerTimeOff = c.providerTimeOff.length;
  counts.packages = c.packages.length;
  counts.patients = patients.length;
  counts.purchases = b.purchases.length;
  counts.purchaseItems = b.purchaseItems.length;
  counts.bookingBatches = b.batches.length;
  counts.appointments = b.appointments.length;
  for (const a of b.appointments) counts.appointmentsByStatus[a.status as keyof SeedCounts["appointmentsByStatus"]] += 1;
  for (const p of b.purchases) counts.purchasesByStatus[p.status as keyof SeedCounts["purchasesByStatus"]] += 1;

  return { seeded: true, now: now.toISOString(), durationMs: Date.now() - started, counts };
}
