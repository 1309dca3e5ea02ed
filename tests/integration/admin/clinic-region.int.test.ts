import { AppError } from "@/lib/errors";
import { updateClinicRegion } from "@/lib/services/admin/clinic-region";
import { ZClinicRegionSchema } from "@/lib/validations/locale";
import { buildClinic, buildUser } from "@/tests/factories";
import { useAppDatabase } from "@/tests/support/use-app-database";

// Admin → clinic → "Language and currency": validated, audited with the old values, refused to staff.

const db = useAppDatabase();

async function setup() {
  const clinic = await buildClinic(db.prisma, { name: "New York", timeZone: "America/New_York" });
  const admin = await buildUser(db.prisma, { role: "ADMIN" });
  const staff = await buildUser(db.prisma, { role: "STAFF", memberships: { create: [{ clinicId: clinic.id }] } });
  return { clinic, admin, staff };
}

test("an admin sets locale and currency; the change is audited with before and after", async () => {
  const { clinic, admin } = await setup();
  expect(clinic).toMatchObject({ locale: "en-GB", currency: "GBP" });
  const input = ZClinicRegionSchema.parse({ clinicId: clinic.id, locale: "en-US", currency: "usd" });
  expect(input.currency).toBe("USD");

  await expect(updateClinicRegion(db.prisma, admin, input)).resolves.toEqual({ id: clinic.id, changed: true });
  expect(await db.prisma.clinic.findUniqueOrThrow({ where: { id: clinic.id }, select: { locale: true, currency: true } })).toEqual({ locale: "en-US", currency: "USD" });
  const audit = await db.prisma.auditLog.findMany({ where: { entityId: clinic.id } });
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({
    actorId: admin.id,
    action: "clinic.region_updated",
    entityType: "Clinic",
    details: { locale: { from: "en-GB", to: "en-US" }, currency: { from: "GBP", to: "USD" } },
  });

  // Saving the same values again changes nothing and writes no audit row.
  await expect(updateClinicRegion(db.prisma, admin, input)).resolves.toEqual({ id: clinic.id, changed: false });
  expect(await db.prisma.auditLog.count({ where: { entityId: clinic.id } })).toBe(1);
});

test("staff are refused inside the service, and nothing changes", async () => {
  const { clinic, staff } = await setup();
  const refused = await updateClinicRegion(db.prisma, staff, { clinicId: clinic.id, locale: "en-US", currency: "USD" }).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(AppError);
  expect((refused as AppError).code).toBe("FORBIDDEN");
  expect(await db.prisma.clinic.findUniqueOrThrow({ where: { id: clinic.id }, select: { locale: true, currency: true } })).toEqual({ locale: "en-GB", currency: "GBP" });
  expect(await db.prisma.auditLog.count()).toBe(0);
});

test("bad input is refused with a specific message: unknown currency, not a language tag, missing clinic", async () => {
  const { clinic, admin } = await setup();
  const errors = (input: unknown) => {
    const r = ZClinicRegionSchema.safeParse(input);
    return r.success ? null : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
  };
  expect(errors({ clinicId: clinic.id, locale: "en-US", currency: "XYZ" })).toEqual({ currency: "A currency is a three-letter ISO 4217 code with two decimal places, like GBP, USD or EUR." });
  expect(errors({ clinicId: clinic.id, locale: "en-US", currency: "DOLLARS" })).toMatchObject({ currency: expect.stringContaining("ISO 4217") });
  expect(errors({ clinicId: clinic.id, locale: "en-US", currency: "JPY" })).toMatchObject({ currency: expect.any(String) });
  expect(errors({ clinicId: clinic.id, locale: "en-US-u-nu-arab", currency: "USD" })).toEqual({ locale: "Enter a language tag such as en-GB or en-US." });
  expect(errors({ clinicId: clinic.id, locale: "not a locale!", currency: "USD" })).toEqual({ locale: "Enter a language tag such as en-GB or en-US." });
  expect(errors({ clinicId: clinic.id, locale: "x".repeat(36), currency: "USD" })).toMatchObject({ locale: expect.any(String) });
  expect(errors({ clinicId: "", locale: "en-US", currency: "USD" })).toMatchObject({ clinicId: expect.any(String) });

  const gone = await updateClinicRegion(db.prisma, admin, { clinicId: "no-such-clinic", locale: "en-US", currency: "USD" }).catch((e: unknown) => e);
  expect((gone as AppError).code).toBe("NOT_FOUND");
  expect(await db.prisma.auditLog.count()).toBe(0);
});
