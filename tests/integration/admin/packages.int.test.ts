import { createPackageAction, removePackageAction, updatePackageAction } from "@/app/admin/packages/actions";
import { listPackages } from "@/lib/queries/admin/packages";
import type { TPackageInput } from "@/lib/validations/package";
import { buildClinic, buildPackage, buildProvider, buildPurchase, buildService, buildUser } from "@/tests/factories";
import { signInAs } from "@/tests/support/session";
import { useAppDatabase } from "@/tests/support/use-app-database";
import { expectAdminOnly } from "./support";

const db = useAppDatabase();

async function setup() {
  const admin = await buildUser(db.prisma, { role: "ADMIN" });
  const physio = await buildService(db.prisma, { name: "Physiotherapy", durationMin: 45 });
  const assessment = await buildService(db.prisma, { name: "Initial Assessment", durationMin: 60 });
  await buildClinic(db.prisma, { name: "London", currency: "GBP" });
  await buildClinic(db.prisma, { name: "New York", timeZone: "America/New_York", currency: "USD" });
  signInAs(admin);
  return { admin, physio, assessment };
}

function form(serviceIds: string[], change: Partial<TPackageInput> = {}): TPackageInput {
  return {
    name: "Knee rehab",
    description: "Six sessions after an assessment.",
    price: "420",
    currency: "GBP",
    validityDays: "90",
    active: true,
    saleEndsOn: "",
    items: serviceIds.map((serviceId, i) => ({ serviceId, sessions: i === 0 ? "6" : "1" })),
    defaultClinicId: "",
    providerIds: [],
    minDaysBetween: "7",
    maxPerWeek: "",
    maxActivePerPatient: "1",
    ...change,
  };
}

async function counts() {
  return {
    packages: await db.prisma.package.count(),
    items: await db.prisma.packageItem.count(),
    audit: await db.prisma.auditLog.count(),
  };
}

describe("createPackageAction", () => {
  test("creates the template, its items and provider restriction, with one audit row", async () => {
    const { admin, physio, assessment } = await setup();
    const provider = await buildProvider(db.prisma, { serviceIds: [physio.id] });
    const result = await createPackageAction(
      form([physio.id, assessment.id], { providerIds: [provider.id], saleEndsOn: "2026-12-31" }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const pkg = await db.prisma.package.findUniqueOrThrow({
      where: { id: result.data.id },
      include: { items: true, allowedProviders: true },
    });
    expect(pkg).toMatchObject({
      name: "Knee rehab",
      priceMinor: 42_000,
      currency: "GBP",
      validityDays: 90,
      minDaysBetween: 7,
      maxPerWeek: null,
      maxActivePerPatient: 1,
      saleEndsOn: new Date("2026-12-31T00:00:00Z"),
    });
    expect(pkg.items.map((i) => [i.serviceId, i.sessions]).sort()).toEqual([[assessment.id, 1], [physio.id, 6]].sort());
    expect(pkg.allowedProviders.map((p) => p.providerId)).toEqual([provider.id]);
    const audit = await db.prisma.auditLog.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, action: "package.created", entityType: "Package", entityId: pkg.id });
  });

  test("bad input: field errors, nothing written", async () => {
    const { physio } = await setup();
    const result = await createPackageAction(form([physio.id, physio.id], { validityDays: "0", price: "-1" }));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "INVALID_INPUT",
        fieldErrors: {
          "items.1.serviceId": "This service is already in the package; change its sessions instead.",
          validityDays: "The validity in days must be at least 1.",
          price: "The price cannot be negative.",
        },
      },
    });
    expect(await counts()).toEqual({ packages: 0, items: 0, audit: 0 });
  });

  test("a template priced in USD, for the New York clinic", async () => {
    const { physio } = await setup();
    const result = await createPackageAction(form([physio.id], { name: "Knee rehab (New York)", price: "595", currency: "USD" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await db.prisma.package.findUniqueOrThrow({ where: { id: result.data.id } })).toMatchObject({ priceMinor: 59_500, currency: "USD" });
    expect(await db.prisma.auditLog.findFirstOrThrow()).toMatchObject({ action: "package.created", details: expect.objectContaining({ currency: "USD" }) });
  });

  test.each([
    ["a currency no active clinic sells in", "EUR", "No active clinic sells in EUR; choose one of your clinics' currencies."],
    ["a currency that is not a code", "usd", "Choose the currency the package is priced in."],
  ])("%s is a field error, nothing written", async (_case, currency, message) => {
    const { physio } = await setup();
    await buildClinic(db.prisma, { name: "Paris (closed)", currency: "EUR", active: false });
    const result = await createPackageAction(form([physio.id], { currency }));
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID_INPUT", fieldErrors: { currency: message } } });
    expect(await counts()).toEqual({ packages: 0, items: 0, audit: 0 });
  });

  test("no items is refused with a specific message", async () => {
    await setup();
    const result = await createPackageAction(form([]));
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID_INPUT", fieldErrors: { items: "Add at least one service to the package." } } });
  });

  test("a provider not qualified for any item is refused", async () => {
    const { physio } = await setup();
    const other = await buildService(db.prisma);
    const provider = await buildProvider(db.prisma, { serviceIds: [other.id] });
    const result = await createPackageAction(form([physio.id], { providerIds: [provider.id] }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: "INVALID_INPUT", fieldErrors: { providerIds: "Every selected provider must be qualified for at least one service of the package." } },
    });
    expect(await counts()).toEqual({ packages: 0, items: 0, audit: 0 });
  });

  test("a taken name (any case) is a field error", async () => {
    const { physio } = await setup();
    await buildPackage(db.prisma, { name: "Knee Rehab" });
    const before = await counts();
    const result = await createPackageAction(form([physio.id], { name: "knee rehab" }));
    expect(result).toMatchObject({ ok: false, error: { code: "CONFLICT", fieldErrors: { name: "A package with this name already exists; pick another name." } } });
    expect(await counts()).toEqual(before);
  });

  test("staff are refused, nothing written", async () => {
    const { physio } = await setup();
    signInAs(await buildUser(db.prisma, { role: "STAFF" }));
    const result = await createPackageAction(form([physio.id]));
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await counts()).toEqual({ packages: 0, items: 0, audit: 0 });
  });

  test("nobody signed in is refused, nothing written", async () => {
    const { physio } = await setup();
    signInAs(null);
    const result = await createPackageAction(form([physio.id]));
    expect(result).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await counts()).toEqual({ packages: 0, items: 0, audit: 0 });
  });
});

describe("updatePackageAction", () => {
  test("rewrites the template; purchases already made keep their snapshot", async () => {
    const { admin, physio, assessment } = await setup();
    const pkg = await buildPackage(db.prisma, { name: "Knee rehab", priceMinor: 30_000, validityDays: 180, minDaysBetween: 3, items: [{ serviceId: physio.id, sessions: 6 }] });
    const purchase = await buildPurchase(db.prisma, { packageId: pkg.id, assignedById: admin.id });
    const snapshot = await db.prisma.packagePurchase.findUniqueOrThrow({ where: { id: purchase.id }, include: { items: true } });

    const result = await updatePackageAction(
      pkg.id,
      form([assessment.id, physio.id], { name: "Knee rehab plus", price: "500", validityDays: "60", minDaysBetween: "10" }),
    );
    expect(result).toEqual({ ok: true, data: { id: pkg.id } });

    const updated = await db.prisma.package.findUniqueOrThrow({ where: { id: pkg.id }, include: { items: true } });
    expect(updated).toMatchObject({ name: "Knee rehab plus", priceMinor: 50_000, validityDays: 60, minDaysBetween: 10 });
    expect(updated.items).toHaveLength(2);
    expect(await db.prisma.packagePurchase.findUniqueOrThrow({ where: { id: purchase.id }, include: { items: true } })).toEqual(snapshot);
    expect(snapshot).toMatchObject({ packageName: "Knee rehab", pricePaidMinor: 30_000, minDaysBetween: 3 });

    const audit = await db.prisma.auditLog.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, action: "package.updated", entityId: pkg.id });
  });

  test("a new currency applies to future sales; a purchase keeps the currency it was paid in", async () => {
    const { admin, physio } = await setup();
    const pkg = await buildPackage(db.prisma, { name: "Knee rehab", currency: "GBP", items: [{ serviceId: physio.id, sessions: 6 }] });
    const purchase = await buildPurchase(db.prisma, { packageId: pkg.id, assignedById: admin.id });
    expect(await updatePackageAction(pkg.id, form([physio.id], { currency: "USD" }))).toEqual({ ok: true, data: { id: pkg.id } });
    expect(await db.prisma.package.findUniqueOrThrow({ where: { id: pkg.id } })).toMatchObject({ currency: "USD" });
    expect(await db.prisma.packagePurchase.findUniqueOrThrow({ where: { id: purchase.id } })).toMatchObject({ currency: "GBP" });
    const audit = await db.prisma.auditLog.findFirstOrThrow();
    expect(audit.details).toMatchObject({ before: { currency: "GBP" }, after: { currency: "USD" } });
  });

  test("a template keeps its currency when no active clinic sells in it any more, but cannot move to another such currency", async () => {
    const { physio } = await setup();
    await buildClinic(db.prisma, { name: "Paris (closed)", currency: "EUR", active: false });
    const pkg = await buildPackage(db.prisma, { name: "Knee rehab", currency: "EUR", items: [{ serviceId: physio.id, sessions: 6 }] });
    expect(await updatePackageAction(pkg.id, form([physio.id], { currency: "EUR", price: "380" }))).toEqual({ ok: true, data: { id: pkg.id } });
    const moved = await updatePackageAction(pkg.id, form([physio.id], { currency: "CHF" }));
    expect(moved).toMatchObject({ ok: false, error: { code: "INVALID_INPUT", fieldErrors: { currency: "No active clinic sells in CHF; choose one of your clinics' currencies." } } });
    expect(await db.prisma.package.findUniqueOrThrow({ where: { id: pkg.id } })).toMatchObject({ currency: "EUR", priceMinor: 38_000 });
  });

  test("bad input changes nothing", async () => {
    const { physio } = await setup();
    const pkg = await buildPackage(db.prisma, { name: "Knee rehab", items: [{ serviceId: physio.id, sessions: 6 }] });
    const result = await updatePackageAction(pkg.id, form([physio.id], { items: [{ serviceId: physio.id, sessions: "0" }] }));
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID_INPUT", fieldErrors: { "items.0.sessions": "The number of sessions must be at least 1." } } });
    expect((await db.prisma.packageItem.findFirstOrThrow({ where: { packageId: pkg.id } })).sessions).toBe(6);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  test("staff and anonymous are refused", async () => {
    const { physio } = await setup();
    const pkg = await buildPackage(db.prisma, { name: "Knee rehab" });
    await expectAdminOnly(db.prisma, () => updatePackageAction(pkg.id, form([physio.id], { name: "Changed" })));
    expect((await db.prisma.package.findUniqueOrThrow({ where: { id: pkg.id } })).name).toBe("Knee rehab");
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  test("an unknown package is NOT_FOUND", async () => {
    const { physio } = await setup();
    expect(await updatePackageAction("nope", form([physio.id]))).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});

describe("listPackages", () => {
  test("each template carries its own currency", async () => {
    await setup();
    await buildPackage(db.prisma, { name: "Physio Recovery 6", priceMinor: 42_000, currency: "GBP" });
    await buildPackage(db.prisma, { name: "Physio Recovery 6 (New York)", priceMinor: 59_500, currency: "USD" });
    const page = await listPackages(db.prisma, { q: "", page: 1, sort: "name", dir: "asc" });
    expect(page.rows.map((r) => [r.name, r.priceMinor, r.currency])).toEqual([
      ["Physio Recovery 6", 42_000, "GBP"],
      ["Physio Recovery 6 (New York)", 59_500, "USD"],
    ]);
  });
});

describe("removePackageAction", () => {
  test("an unsold template is deleted, audited", async () => {
    const { admin } = await setup();
    const pkg = await buildPackage(db.prisma);
    expect(await removePackageAction(pkg.id)).toEqual({ ok: true, data: { outcome: "deleted" } });
    expect(await db.prisma.package.count()).toBe(0);
    expect(await db.prisma.auditLog.findMany()).toMatchObject([{ actorId: admin.id, action: "package.deleted", entityId: pkg.id }]);
  });

  test("a sold template is deactivated, not deleted", async () => {
    const { admin } = await setup();
    const pkg = await buildPackage(db.prisma);
    await buildPurchase(db.prisma, { packageId: pkg.id, assignedById: admin.id });
    expect(await removePackageAction(pkg.id)).toEqual({ ok: true, data: { outcome: "deactivated" } });
    expect(await db.prisma.package.findUniqueOrThrow({ where: { id: pkg.id } })).toMatchObject({ active: false });
    expect(await db.prisma.auditLog.findMany()).toMatchObject([{ action: "package.deactivated" }]);
  });

  test("staff and anonymous are refused", async () => {
    await setup();
    const pkg = await buildPackage(db.prisma);
    await expectAdminOnly(db.prisma, () => removePackageAction(pkg.id));
    expect(await db.prisma.package.count()).toBe(1);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });
});
