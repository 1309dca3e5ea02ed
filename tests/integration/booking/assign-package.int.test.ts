import { assignPackage as assignAction, loadPackageOptions } from "@/app/(staff)/booking/actions";
import { assignPackage } from "@/lib/services/booking/assign-package";
import { packageOptions } from "@/lib/queries/booking/package-options";
import { buildPackage, buildPurchase } from "@/tests/factories";
import { SCENARIO_NOW } from "@/tests/factories/booking-scenario";
import { signInAs } from "@/tests/support/session";
import { rejection, useBookingScenario } from "@/tests/support/booking";

const { db, s } = useBookingScenario();

describe("assigning a package", () => {
  test("creates a purchase with its per-service ledger, snapshot, expiry and an audit row", async () => {
    const { purchaseId, created } = await assignPackage(db.prisma, s.staffActor, { patientId: s.patient.id, packageId: s.physio6.id, idempotencyKey: "key-000001" }, SCENARIO_NOW);
    expect(created).toBe(true);
    const p = await db.prisma.packagePurchase.findUniqueOrThrow({ where: { id: purchaseId }, include: { items: true } });
    expect(p).toMatchObject({
      patientId: s.patient.id,
      packageName: "Physio 6",
      pricePaidMinor: 42_000,
      status: "ACTIVE",
      minDaysBetween: 2,
      assignedById: s.staff.id,
      purchasedAt: SCENARIO_NOW,
      // 60 days from Monday 7 Jan 2030: usable through Friday 8 March, expires at local midnight.
      expiresAt: new Date("2030-03-09T00:00:00Z"),
    });
    expect(p.items.map((i) => [i.serviceId, i.sessionsTotal, i.booked, i.completed, i.forfeited]).sort()).toEqual(
      [[s.assessment.id, 1, 0, 0, 0], [s.physio.id, 5, 0, 0, 0]].sort(),
    );
    const audit = await db.prisma.auditLog.findMany({ where: { entityId: purchaseId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "purchase.assigned", actorId: s.staff.id, entityType: "PackagePurchase" });
  });

  test("a double submit (same key, in parallel and again later) creates one purchase", async () => {
    const input = { patientId: s.patient.id, packageId: s.physio6.id, idempotencyKey: "key-double-1" };
    const results = await Promise.all([assignPackage(db.prisma, s.staffActor, input, SCENARIO_NOW), assignPackage(db.prisma, s.staffActor, input, SCENARIO_NOW)]);
    const again = await assignPackage(db.prisma, s.staffActor, input, SCENARIO_NOW);
    expect(new Set([...results, again].map((r) => r.purchaseId)).size).toBe(1);
    expect(await db.prisma.packagePurchase.count()).toBe(1);
    expect(await db.prisma.auditLog.count({ where: { action: "purchase.assigned" } })).toBe(1);
  });

  test("the same key from another user is refused without revealing the purchase", async () => {
    await assignPackage(db.prisma, s.staffActor, { patientId: s.patient.id, packageId: s.physio6.id, idempotencyKey: "key-other-user" }, SCENARIO_NOW);
    const e = await rejection(assignPackage(db.prisma, s.adminActor, { patientId: s.patient.id, packageId: s.physio6.id, idempotencyKey: "key-other-user" }, SCENARIO_NOW));
    expect(e.code).toBe("CONFLICT");
    expect(JSON.stringify(e)).not.toMatch(/cm[a-z0-9]{20,}/);
    expect(await db.prisma.packagePurchase.count()).toBe(1);
  });

  test("the same key for another package is refused", async () => {
    await assignPackage(db.prisma, s.staffActor, { patientId: s.patient.id, packageId: s.physio6.id, idempotencyKey: "key-reused-1" }, SCENARIO_NOW);
    const other = await buildPackage(db.prisma, { items: [{ serviceId: s.physio.id, sessions: 3 }] });
    const e = await rejection(assignPackage(db.prisma, s.staffActor, { patientId: s.patient.id, packageId: other.id, idempotencyKey: "key-reused-1" }, SCENARIO_NOW));
    expect(e.code).toBe("CONFLICT");
    expect(await db.prisma.packagePurchase.count()).toBe(1);
  });

  test("the per-patient limit is enforced, counting only live purchases", async () => {
    await buildPurchase(db.prisma, { packageId: s.physio6.id, patientId: s.patient.id, purchasedAt: new Date("2029-01-01T00:00:00Z"), status: "EXPIRED" });
    await assignPackage(db.prisma, s.staffActor, { patientId: s.patient.id, packageId: s.physio6.id, idempotencyKey: "key-limit-1" }, SCENARIO_NOW);
    const e = await rejection(assignPackage(db.prisma, s.staffActor, { patientId: s.patient.id, packageId: s.physio6.id, idempotencyKey: "key-limit-2" }, SCENARIO_NOW));
    expect(e.code).toBe("LIMIT_REACHED");
    expect(e.userMessage).toBe("This patient already has 1 active “Physio 6” package; the limit is 1. Use the assigned one.");
    expect(await db.prisma.packagePurchase.count({ where: { status: "ACTIVE" } })).toBe(1);
  });

  test("a template with a higher limit can be assigned up to it", async () => {
    const twice = await buildPackage(db.prisma, { name: "Twice", maxActivePerPatient: 2, items: [{ serviceId: s.physio.id, sessions: 2 }] });
    for (const key of ["key-twice-1", "key-twice-2"]) {
      await assignPackage(db.prisma, s.staffActor, { patientId: s.patient.id, packageId: twice.id, idempotencyKey: key }, SCENARIO_NOW);
    }
    const e = await rejection(assignPackage(db.prisma, s.staffActor, { patientId: s.patient.id, packageId: twice.id, idempotencyKey: "key-twice-3" }, SCENARIO_NOW));
    expect(e.code).toBe("LIMIT_REACHED");
  });

  test("inactive templates and templates past their sale end cannot be assigned", async () => {
    const inactive = await buildPackage(db.prisma, { name: "Old offer", active: false, items: [{ serviceId: s.physio.id, sessions: 2 }] });
    const ended = await buildPackage(db.prisma, { name: "Winter offer", saleEndsOn: new Date("2030-01-06T00:00:00Z"), items: [{ serviceId: s.physio.id, sessions: 2 }] });
    const lastDay = await buildPackage(db.prisma, { name: "Ends today", saleEndsOn: new Date("2030-01-07T00:00:00Z"), items: [{ serviceId: s.physio.id, sessions: 2 }] });
    const a = await rejection(assignPackage(db.prisma, s.staffActor, { patientId: s.patient.id, packageId: inactive.id, idempotencyKey: "key-inactive" }, SCENARIO_NOW));
    expect(a).toMatchObject({ code: "NOT_AVAILABLE", userMessage: "“Old offer” is no longer offered, so it cannot be assigned." });
    const b = await rejection(assignPackage(db.prisma, s.staffActor, { patientId: s.patient.id, packageId: ended.id, idempotencyKey: "key-ended-1" }, SCENARIO_NOW));
    expect(b).toMatchObject({ code: "NOT_AVAILABLE", userMessage: "“Winter offer” was on sale until 6 Jan 2030; it cannot be assigned any more." });
    await expect(assignPackage(db.prisma, s.staffActor, { patientId: s.patient.id, packageId: lastDay.id, idempotencyKey: "key-lastday" }, SCENARIO_NOW)).resolves.toMatchObject({ created: true });
    expect(await db.prisma.packagePurchase.count()).toBe(1);
  });

  test("through the action: anonymous and bad input are refused and write nothing", async () => {
    signInAs(null);
    const anon = await assignAction({ patientId: s.patient.id, packageId: s.physio6.id, idempotencyKey: "key-anon-01" });
    expect(anon).toEqual({ ok: false, error: expect.objectContaining({ code: "UNAUTHENTICATED" }) });
    signInAs(s.staff);
    const bad = await assignAction({ patientId: s.patient.id, packageId: "", idempotencyKey: "x" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe("INVALID_INPUT");
    expect(await db.prisma.packagePurchase.count()).toBe(0);
    const good = await assignAction({ patientId: s.patient.id, packageId: s.physio6.id, idempotencyKey: "key-action-1" });
    expect(good.ok).toBe(true);
  });
});

describe("the Use Package modal's groups", () => {
  test("assigned: live purchases with sessions left; available: every active template, disabled with a reason", async () => {
    const ended = await buildPackage(db.prisma, { name: "Winter offer", saleEndsOn: new Date("2030-01-06T00:00:00Z"), items: [{ serviceId: s.physio.id, sessions: 2 }] });
    await buildPackage(db.prisma, { name: "Hidden", active: false, items: [{ serviceId: s.physio.id, sessions: 2 }] });
    const live = await buildPurchase(db.prisma, {
      packageId: s.physio6.id,
      patientId: s.patient.id,
      purchasedAt: SCENARIO_NOW,
      expiresAt: new Date("2030-01-15T00:00:00Z"),
      items: [
        { serviceId: s.assessment.id, sessionsTotal: 1, completed: 1 },
        { serviceId: s.physio.id, sessionsTotal: 5, booked: 1, completed: 1 },
      ],
    });
    const usedUp = await buildPackage(db.prisma, { name: "Used up", maxActivePerPatient: 3, items: [{ serviceId: s.physio.id, sessions: 1 }] });
    await buildPurchase(db.prisma, { packageId: usedUp.id, patientId: s.patient.id, purchasedAt: SCENARIO_NOW, items: [{ serviceId: s.physio.id, sessionsTotal: 1, completed: 1 }] });
    await buildPurchase(db.prisma, { packageId: s.physio6.id, patientId: s.patient.id, purchasedAt: new Date("2029-01-01T00:00:00Z"), expiresAt: new Date("2029-06-01T00:00:00Z") });

    const options = await packageOptions(db.prisma, s.patient.id, SCENARIO_NOW, s.adminActor.clinicIds);
    expect(options.patient).toEqual({ id: s.patient.id, name: "Anna Smith", identifier: s.patient.identifier, dateOfBirth: "15 Jun 1985" });
    expect(options.assigned).toEqual([
      expect.objectContaining({
        id: live.id,
        packageName: "Physio 6",
        expiresOn: "14 Jan 2030",
        daysLeft: 8,
        expiringSoon: true,
        remainingTotal: 3,
        items: [
          { serviceId: s.assessment.id, serviceName: "Initial Assessment", remaining: 0, total: 1 },
          { serviceId: s.physio.id, serviceName: "Physiotherapy", remaining: 3, total: 5 },
        ],
      }),
    ]);
    const byName = Object.fromEntries(options.available.map((t) => [t.name, t]));
    expect(Object.keys(byName).sort()).toEqual(["Physio 6", "Used up", "Winter offer"]);
    expect(byName["Physio 6"]).toMatchObject({
      summary: "5 × Physiotherapy 45 min + 1 × Initial Assessment 60 min · 60 days · £420",
      price: "£420",
      disabledReason: "Limit reached: this patient already has 1 active purchase of this package (at most 1).",
    });
    expect(byName["Winter offer"].disabledReason).toBe("Sale ended on 6 Jan 2030.");
    expect(byName["Used up"].disabledReason).toBeNull();
    expect(ended.id).toBe(byName["Winter offer"].id);
  });

  test("the action checks the session", async () => {
    signInAs(null);
    expect(await loadPackageOptions(s.patient.id)).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    signInAs(s.staff);
    expect(await loadPackageOptions("no-such-patient")).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});
