// The demo seed against a real (embedded) database with the real migrations, exclusion constraints included.
// It migrates its own in-memory PGlite: the determinism check needs two databases side by side.
import fs from "node:fs";
import path from "node:path";
import bcrypt from "bcryptjs";
import type { PGlite } from "@electric-sql/pglite";
import { closePrismaClient, createPrismaClient, type AppPrismaClient } from "@/lib/database/client";
import { createMemoryPglite } from "@/lib/database/pglite";
import { buildSeedData, seedDatabase, type SeedSummary } from "@/prisma/seed";
import { DEMO_LOGINS } from "@/prisma/seed/users";
import { ledgerFromAppointments } from "@/lib/packages/ledger";

const NOW = new Date("2026-03-02T00:00:00.000Z"); // US clocks change on Mar 8, UK clocks on Mar 29: both inside the data
const ACTIVE = new Set(["SCHEDULED", "CHECKED_IN", "COMPLETED"]);

// Seeding the embedded database takes a few seconds; the determinism test seeds a second one.
jest.setTimeout(90_000);

type Opened = { db: PGlite; prisma: AppPrismaClient };

async function openSeedDatabase(): Promise<Opened> {
  const db = await createMemoryPglite();
  const dir = path.join(process.cwd(), "prisma", "migrations");
  const folders = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  for (const folder of folders) await db.exec(fs.readFileSync(path.join(dir, folder, "migration.sql"), "utf8"));
  return { db, prisma: createPrismaClient({ pglite: db }) };
}

async function closeSeedDatabase(opened: Opened) {
  await closePrismaClient(opened.prisma);
  await opened.db.close();
}

/** Local date, ISO weekday and minute of an instant in a zone, computed independently of the seed's helpers. */
function local(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    weekday: "short",
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return {
    date: `${get("year")}-${get("month")}-${get("day")}`,
    weekday: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(get("weekday")) + 1,
    minute: Number(get("hour")) * 60 + Number(get("minute")),
  };
}

describe("demo seed", () => {
  let opened: Opened;
  let prisma: AppPrismaClient;
  let summary: SeedSummary;

  beforeAll(async () => {
    opened = await openSeedDatabase();
    prisma = opened.prisma;
    summary = await seedDatabase(prisma, { now: NOW });
  });

  afterAll(async () => {
    await closeSeedDatabase(opened);
  });

  test("writes the demo clinic group and reports what it wrote", async () => {
    expect(summary.seeded).toBe(true);
    expect(summary.now).toBe(NOW.toISOString());
    const counts = {
      users: await prisma.user.count(),
      clinics: await prisma.clinic.count(),
      services: await prisma.service.count(),
      providers: await prisma.provider.count(),
      packages: await prisma.package.count(),
      patients: await prisma.patient.count(),
      purchases: await prisma.packagePurchase.count(),
      purchaseItems: await prisma.purchaseItem.count(),
      appointments: await prisma.appointment.count(),
    };
    expect(counts).toEqual({
      users: 3,
      clinics: 3,
      services: summary.counts.services,
      providers: summary.counts.providers,
      packages: summary.counts.packages,
      patients: 200,
      purchases: summary.counts.purchases,
      purchaseItems: summary.counts.purchaseItems,
      appointments: summary.counts.appointments,
    });
    expect(counts.services).toBeGreaterThanOrEqual(10);
    expect(counts.providers).toBeGreaterThanOrEqual(12);
    expect(counts.packages).toBeGreaterThanOrEqual(8);
    expect(counts.purchases).toBeGreaterThanOrEqual(35);
    expect(counts.appointments).toBeGreaterThan(150);

    const zones = new Set((await prisma.clinic.findMany()).map((c) => c.timeZone));
    expect(zones.size).toBe(2);
    const byStatus = await prisma.appointment.groupBy({ by: ["status"], _count: true });
    const statuses = Object.fromEntries(byStatus.map((s) => [s.status, s._count]));
    expect(statuses.SCHEDULED).toBeGreaterThan(50);
    expect(statuses.COMPLETED).toBeGreaterThan(50);
    expect(statuses.NO_SHOW ?? 0).toBeGreaterThan(0);
    expect(statuses.CANCELLED ?? 0).toBeGreaterThan(0);
    const purchases = await prisma.packagePurchase.groupBy({ by: ["status"], _count: true });
    const purchaseStatuses = Object.fromEntries(purchases.map((s) => [s.status, s._count]));
    expect(purchaseStatuses.COMPLETED).toBe(1);
    expect(purchaseStatuses.ACTIVE).toBeGreaterThan(30);
    expect(await prisma.appointment.count({ where: { purchaseId: null } })).toBeGreaterThan(20);
  });

  test("does nothing the second time", async () => {
    const before = await prisma.appointment.count();
    const again = await seedDatabase(prisma, { now: NOW });
    expect(again.seeded).toBe(false);
    expect(again.reason).toMatch(/already has users/);
    expect(await prisma.appointment.count()).toBe(before);
    expect(await prisma.user.count()).toBe(3);
  });

  test("the demo sign-ins work and staff belong to their clinics", async () => {
    expect(DEMO_LOGINS.map((l) => [l.email, l.role])).toEqual([
      ["admin@cadence.test", "ADMIN"],
      ["reception@cadence.test", "STAFF"],
      ["frontdesk.ny@cadence.test", "STAFF"],
    ]);
    for (const login of DEMO_LOGINS) {
      const user = await prisma.user.findUniqueOrThrow({
        where: { email: login.email },
        omit: { passwordHash: false },
        include: { memberships: { include: { clinic: true } } },
      });
      expect(user.role).toBe(login.role);
      expect(await bcrypt.compare(login.password, user.passwordHash)).toBe(true);
      expect(user.passwordHash.startsWith("$2b$10$")).toBe(true);
      const clinics = user.memberships.map((m) => m.clinic.timeZone).sort();
      if (login.email.startsWith("reception")) expect(clinics).toEqual(["Europe/London", "Europe/London"]);
      if (login.email.startsWith("frontdesk.ny")) expect(clinics).toEqual(["America/New_York"]);
    }
  });

  test("every purchase item's ledger matches its appointments", async () => {
    const items = await prisma.purchaseItem.findMany({ include: { appointments: true, purchase: true } });
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect({ booked: item.booked, completed: item.completed, forfeited: item.forfeited }).toEqual(ledgerFromAppointments(item.appointments));
      expect(item.booked + item.completed + item.forfeited).toBeLessThanOrEqual(item.sessionsTotal);
      for (const a of item.appointments) {
        expect(a.purchaseId).toBe(item.purchaseId);
        expect(a.serviceId).toBe(item.serviceId);
        expect(a.patientId).toBe(item.purchase.patientId);
        if (ACTIVE.has(a.status)) expect(a.endsAt.getTime()).toBeLessThanOrEqual(item.purchase.expiresAt.getTime());
      }
    }
    // Appointments linked to a purchase always name the item too.
    expect(await prisma.appointment.count({ where: { purchaseId: { not: null }, purchaseItemId: null } })).toBe(0);
  });

  test("every clinic has package sessions of the last week still awaiting their outcome (for the demo and the browser tests)", async () => {
    const open = await prisma.appointment.groupBy({
      by: ["clinicId"],
      where: { purchaseId: { not: null }, status: { in: ["SCHEDULED", "CHECKED_IN"] }, startsAt: { lt: NOW } },
      _count: true,
    });
    const clinics = await prisma.clinic.count({ where: { active: true, hours: { some: {} } } });
    expect(open.length).toBe(clinics);
    // Whatever the weekday and hour the demo is seeded at.
    for (let d = 1; d <= 7; d++) {
      const now = new Date(NOW.getTime() + d * 86_400_000 + d * 3 * 3_600_000);
      const data = await buildSeedData(now);
      const withOpen = new Set(
        data.bookings.appointments
          .filter((a) => a.purchaseId && (a.status === "SCHEDULED" || a.status === "CHECKED_IN") && (a.startsAt as Date) < now)
          .map((a) => a.clinicId),
      );
      expect([now.toISOString(), withOpen.size]).toEqual([now.toISOString(), clinics]);
    }
  });

  test("no provider or patient is double-booked, and past/future statuses fit `now`", async () => {
    const appts = await prisma.appointment.findMany({ orderBy: { startsAt: "asc" } });
    const active = appts.filter((a) => ACTIVE.has(a.status));
    const clashes: string[] = [];
    for (let i = 0; i < active.length; i += 1) {
      for (let j = i + 1; j < active.length && active[j].startsAt < active[i].blockEndsAt; j += 1) {
        if (active[i].providerId === active[j].providerId) clashes.push(`provider ${active[i].id}/${active[j].id}`);
        if (active[i].patientId === active[j].patientId) clashes.push(`patient ${active[i].id}/${active[j].id}`);
      }
    }
    expect(clashes).toEqual([]);
    for (const a of appts) {
      // Sessions of the last week may still await their outcome (package sessions the front desk has not recorded).
      if (a.status === "SCHEDULED" && a.startsAt < NOW) {
        expect(a.purchaseId).not.toBeNull();
        expect(a.startsAt.getTime()).toBeGreaterThan(NOW.getTime() - 7 * 86_400_000);
      }
      if (a.status === "COMPLETED" || a.status === "NO_SHOW") expect(a.blockEndsAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(a.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
  });

  test("appointments respect clinic hours, closures, availability, time off, qualification and offering", async () => {
    const clinics = await prisma.clinic.findMany({ include: { hours: true, closures: true, services: true } });
    const providers = await prisma.provider.findMany({ include: { availability: true, timeOff: true, services: true } });
    const services = await prisma.service.findMany();
    const appts = await prisma.appointment.findMany();
    const problems: string[] = [];
    for (const a of appts) {
      const clinic = clinics.find((c) => c.id === a.clinicId)!;
      const provider = providers.find((p) => p.id === a.providerId)!;
      const service = services.find((s) => s.id === a.serviceId)!;
      const start = local(a.startsAt, clinic.timeZone);
      const end = start.minute + service.durationMin + service.bufferAfterMin;
      const tag = `${service.name} with ${provider.name} at ${clinic.name} ${a.startsAt.toISOString()}`;
      if (a.endsAt.getTime() - a.startsAt.getTime() !== service.durationMin * 60_000) problems.push(`duration: ${tag}`);
      if (a.blockEndsAt.getTime() - a.endsAt.getTime() !== service.bufferAfterMin * 60_000) problems.push(`buffer: ${tag}`);
      const fits = (h: { weekday: number; startMinute: number; endMinute: number }) =>
        h.weekday === start.weekday && h.startMinute <= start.minute && end <= h.endMinute;
      if (!clinic.hours.some(fits)) problems.push(`outside opening hours: ${tag}`);
      if (!provider.availability.some((h) => h.clinicId === clinic.id && fits(h))) problems.push(`outside availability: ${tag}`);
      if (clinic.closures.some((c) => c.date.toISOString().slice(0, 10) === start.date)) problems.push(`on a closure: ${tag}`);
      if (provider.timeOff.some((o) => a.startsAt < o.endsAt && o.startsAt < a.blockEndsAt)) problems.push(`in time off: ${tag}`);
      if (!provider.services.some((s) => s.serviceId === service.id)) problems.push(`not qualified: ${tag}`);
      if (!clinic.services.some((s) => s.serviceId === service.id)) problems.push(`not offered: ${tag}`);
    }
    expect(problems).toEqual([]);
  });

  test("the same `now` gives the same data", async () => {
    const a = await buildSeedData(NOW);
    const b = await buildSeedData(NOW);
    const names = (d: typeof a) => d.patients.map((p) => `${p.identifier} ${p.firstName} ${p.lastName}`);
    expect(names(a)).toEqual(names(b));
    expect(a.bookings.appointments.map((x) => [x.id, x.startsAt])).toEqual(b.bookings.appointments.map((x) => [x.id, x.startsAt]));

    const stored = await prisma.patient.findMany({ orderBy: { identifier: "asc" } });
    expect(stored.map((p) => `${p.identifier} ${p.firstName} ${p.lastName}`)).toEqual(names(a));

    // A second database seeded for the same day holds the same patients and the same timetable.
    const other = await openSeedDatabase();
    try {
      await seedDatabase(other.prisma, { now: NOW });
      const otherPatients = await other.prisma.patient.findMany({ orderBy: { identifier: "asc" } });
      expect(otherPatients.map((p) => `${p.identifier} ${p.firstName} ${p.lastName}`)).toEqual(names(a));
      const timetable = async (client: AppPrismaClient) =>
        (await client.appointment.findMany({ orderBy: [{ startsAt: "asc" }, { id: "asc" }] })).map(
          (x) => `${x.id} ${x.startsAt.toISOString()} ${x.status}`,
        );
      expect(await timetable(other.prisma)).toEqual(await timetable(prisma));
    } finally {
      await closeSeedDatabase(other);
    }
  });
});
