import PatientPage from "@/app/(staff)/patients/[id]/page";
import { PatientRecords } from "@/app/(staff)/patients/[id]/patient-records";
import { adminOverview } from "@/lib/queries/admin";
import { searchPatients } from "@/lib/queries/patients/list";
import { getCurrentUser } from "@/lib/session";
import { settleExpiredPurchases } from "@/lib/services/purchases/settle";
import { runExpirySettlement } from "@/lib/jobs/expiry-settlement";
import { buildPurchase } from "@/tests/factories";
import { SCENARIO_NOW } from "@/tests/factories/booking-scenario";
import { useBookingScenario } from "@/tests/support/booking";
import { observingOperations } from "@/tests/support/observe-operations";
import { signInAs } from "@/tests/support/session";
import { describeOnPostgres } from "@/tests/support/test-db";

const { db, s } = useBookingScenario();

const at = (iso: string) => new Date(iso);
const WRITES = new Set(["create", "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert", "delete", "deleteMany", "$executeRaw", "$executeRawUnsafe"]);

/** Runs `fn` with the app's prisma recording every write it sends (raw SQL counts when it is not a SELECT). */
async function recordingWrites<T>(fn: () => Promise<T>): Promise<{ result: T; writes: string[] }> {
  const writes: string[] = [];
  const result = await observingOperations(
    db,
    ({ model, operation, args }) => {
      const raw = operation === "$queryRaw" || operation === "$queryRawUnsafe";
      const sql = raw ? JSON.stringify(args) : "";
      if (WRITES.has(operation) || (raw && /\b(insert|update|delete)\b/i.test(sql))) {
        writes.push(`${model ?? "raw"}.${operation}${model === "AuditLog" ? ` ${JSON.stringify(args)}` : ""}`);
      }
    },
    fn,
  );
  return { result, writes };
}

describe("the patient page", () => {
  test("renders without writing anything but its access-log row, even with a purchase past its expiry", async () => {
    const lapsed = await buildPurchase(db.prisma, {
      packageId: s.physio6.id,
      patientId: s.patient.id,
      assignedById: s.staff.id,
      purchasedAt: at("2020-01-01T00:00:00Z"),
      expiresAt: at("2020-03-01T00:00:00Z"),
    });
    signInAs(s.staff);
    const user = (await getCurrentUser())!;
    // The page (its title and the access log) and the records it streams in behind its skeleton.
    const { writes } = await recordingWrites(async () => {
      await PatientPage({ params: Promise.resolve({ id: s.patient.id }), searchParams: Promise.resolve({}) });
      await PatientRecords({ id: s.patient.id, name: "Sam Smith", user, replan: null });
    });
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/^AuditLog\.create .*"action":"patient\.viewed"/);
    // Settling the expiry is the scheduler's job, not the page's.
    expect((await db.prisma.packagePurchase.findUniqueOrThrow({ where: { id: lapsed.id } })).status).toBe("ACTIVE");
    expect(await db.prisma.auditLog.findMany({ select: { action: true, actorId: true, entityId: true } })).toEqual([
      { action: "patient.viewed", actorId: s.staff.id, entityId: s.patient.id },
    ]);
  });
});

test("reads count a purchase past its expiry as expired before the scheduler has settled it", async () => {
  const make = (expiresAt: string) =>
    buildPurchase(db.prisma, { packageId: s.physio6.id, patientId: s.patient.id, assignedById: s.staff.id, purchasedAt: at("2029-10-01T00:00:00Z"), expiresAt: at(expiresAt) });
  await make("2030-01-01T00:00:00Z");
  await make("2030-02-01T00:00:00Z");
  const { rows } = await searchPatients(db.prisma, { q: "Smith", page: 1, now: SCENARIO_NOW });
  expect(rows.find((r) => r.id === s.patient.id)!.activePackages).toBe(1);
  expect((await adminOverview(db.prisma, SCENARIO_NOW)).counts.activePurchases).toBe(1);
});

describe("expiry settlement", () => {
  async function purchases() {
    const make = (expiresAt: string, status: "ACTIVE" | "EXPIRED" | "COMPLETED" | "CANCELLED" = "ACTIVE") =>
      buildPurchase(db.prisma, { packageId: s.physio6.id, patientId: s.patient.id, assignedById: s.staff.id, purchasedAt: at("2029-10-01T00:00:00Z"), expiresAt: at(expiresAt), status });
    return {
      due: [await make("2030-01-01T00:00:00Z"), await make("2030-01-07T08:00:00Z")], // the second expires exactly now
      notDue: await make("2030-01-07T08:00:00.001Z"),
      alreadyExpired: await make("2029-12-01T00:00:00Z", "EXPIRED"),
      completed: await make("2029-12-01T00:00:00Z", "COMPLETED"),
      cancelled: await make("2029-12-01T00:00:00Z", "CANCELLED"),
    };
  }
  const expiredAudits = () => db.prisma.auditLog.findMany({ where: { action: "purchase.expired" }, select: { entityId: true, actorId: true } });

  test("expires exactly the active purchases past their expiry, audits only those, and is idempotent", async () => {
    const p = await purchases();
    expect(await settleExpiredPurchases(db.prisma, SCENARIO_NOW)).toBe(2);
    const statuses = await db.prisma.packagePurchase.findMany({ select: { id: true, status: true } });
    const statusOf = (id: string) => statuses.find((x) => x.id === id)!.status;
    expect(p.due.map((x) => statusOf(x.id))).toEqual(["EXPIRED", "EXPIRED"]);
    expect([p.notDue, p.alreadyExpired, p.completed, p.cancelled].map((x) => statusOf(x.id))).toEqual(["ACTIVE", "EXPIRED", "COMPLETED", "CANCELLED"]);
    expect((await expiredAudits()).sort((a, b) => a.entityId.localeCompare(b.entityId))).toEqual(
      p.due.map((x) => ({ entityId: x.id, actorId: null })).sort((a, b) => a.entityId.localeCompare(b.entityId)),
    );

    expect(await settleExpiredPurchases(db.prisma, SCENARIO_NOW)).toBe(0);
    expect(await expiredAudits()).toHaveLength(2);
  });

  test("the scheduler's pass settles through the app's database", async () => {
    await purchases();
    expect(await runExpirySettlement(SCENARIO_NOW)).toBe(2);
    expect(await runExpirySettlement(SCENARIO_NOW)).toBe(0);
  });

  describeOnPostgres("on PostgreSQL", () => {
    test("two instances settling at once expire and audit each purchase once", async () => {
      await purchases();
      const counts = await Promise.all([settleExpiredPurchases(db.prisma, SCENARIO_NOW), settleExpiredPurchases(db.prisma, SCENARIO_NOW), settleExpiredPurchases(db.prisma, SCENARIO_NOW)]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(2);
      expect(await expiredAudits()).toHaveLength(2);
    });
  });
});
