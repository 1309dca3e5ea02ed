import bcrypt from "bcryptjs";
import { createStaffAction, resetStaffPasswordAction, setStaffActiveAction, updateStaffAction } from "@/app/admin/staff/actions";
import type { TStaffCreateInput } from "@/lib/validations/staff";
import { buildClinic, buildUser } from "@/tests/factories";
import { signInAs } from "@/tests/support/session";
import { useAppDatabase } from "@/tests/support/use-app-database";
import { expectAdminOnly, expectDeactivateAndReactivate, signInAdmin } from "./support";

const db = useAppDatabase();

function form(clinicIds: string[], change: Partial<TStaffCreateInput> = {}): TStaffCreateInput {
  return { name: "Sam Reed", email: "Sam.Reed@Clinic.test", role: "STAFF", clinicIds, password: "a-long-password", ...change };
}

const counts = async () => ({
  users: await db.prisma.user.count(),
  memberships: await db.prisma.clinicMembership.count(),
  audit: await db.prisma.auditLog.count(),
});

async function hashOf(id: string): Promise<string> {
  return (await db.prisma.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })).passwordHash;
}

describe("createStaffAction", () => {
  test("creates a lowercase-email account with memberships and a bcrypt hash; the audit has no password", async () => {
    const admin = await signInAdmin(db.prisma, { email: "boss@cadence.test" });
    const clinic = await buildClinic(db.prisma);
    const result = await createStaffAction(form([clinic.id]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: result.data.id }, include: { memberships: true } });
    expect(user).toMatchObject({ email: "sam.reed@clinic.test", role: "STAFF", active: true });
    expect(user.memberships.map((m) => m.clinicId)).toEqual([clinic.id]);
    expect(await bcrypt.compare("a-long-password", await hashOf(user.id))).toBe(true);
    const audit = await db.prisma.auditLog.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, action: "staff.created", entityType: "User", entityId: user.id });
    expect(JSON.stringify(audit[0].details)).not.toMatch(/a-long-password|\$2[aby]\$/);
  });

  test("bad input: field errors, nothing written", async () => {
    await signInAdmin(db.prisma, { email: "boss@cadence.test" });
    const before = await counts();
    const result = await createStaffAction(form([], { password: "short", email: "sam@" }));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "INVALID_INPUT",
        fieldErrors: {
          password: "Use at least 10 characters.",
          email: "Enter a valid email address, like name@clinic.com.",
          clinicIds: "Pick at least one clinic for a staff account.",
        },
      },
    });
    expect(await counts()).toEqual(before);
  });

  test("an email in use (any case) is a field error", async () => {
    await signInAdmin(db.prisma, { email: "boss@cadence.test" });
    const clinic = await buildClinic(db.prisma);
    await buildUser(db.prisma, { email: "sam.reed@clinic.test" });
    const before = await counts();
    const result = await createStaffAction(form([clinic.id], { email: "SAM.REED@clinic.test" }));
    expect(result).toMatchObject({ ok: false, error: { code: "CONFLICT", fieldErrors: { email: "Another account already uses this email address." } } });
    expect(await counts()).toEqual(before);
  });

  test("staff and anonymous are refused, nothing written", async () => {
    const clinic = await buildClinic(db.prisma);
    signInAs(await buildUser(db.prisma, { role: "STAFF" }));
    const before = await counts();
    expect(await createStaffAction(form([clinic.id]))).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    signInAs(null);
    expect(await createStaffAction(form([clinic.id]))).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await counts()).toEqual(before);
  });
});

describe("updateStaffAction", () => {
  test("changes role and memberships, audited", async () => {
    const admin = await signInAdmin(db.prisma, { email: "boss@cadence.test" });
    const [a, b] = [await buildClinic(db.prisma), await buildClinic(db.prisma)];
    const staff = await buildUser(db.prisma, { memberships: { create: [{ clinicId: a.id }] } });
    const result = await updateStaffAction(staff.id, { name: staff.name, email: staff.email, role: "ADMIN", clinicIds: [b.id] });
    expect(result).toEqual({ ok: true, data: { id: staff.id } });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: staff.id }, include: { memberships: true } });
    expect(user.role).toBe("ADMIN");
    expect(user.memberships.map((m) => m.clinicId)).toEqual([b.id]);
    expect(await db.prisma.auditLog.findMany()).toMatchObject([{ actorId: admin.id, action: "staff.updated", entityId: staff.id }]);
  });

  test("an admin cannot demote themselves", async () => {
    const admin = await signInAdmin(db.prisma, { email: "boss@cadence.test" });
    const clinic = await buildClinic(db.prisma);
    const result = await updateStaffAction(admin.id, { name: admin.name, email: admin.email, role: "STAFF", clinicIds: [clinic.id] });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN", message: "You cannot remove your own admin role. Ask another administrator to do it." },
    });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  test("bad input, staff and anonymous change nothing", async () => {
    await signInAdmin(db.prisma, { email: "boss@cadence.test" });
    const staff = await buildUser(db.prisma, { role: "STAFF" });
    const input = { name: "New", email: staff.email, role: "ADMIN" as const, clinicIds: [] };
    expect(await updateStaffAction(staff.id, { ...input, email: "x" })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    await expectAdminOnly(db.prisma, () => updateStaffAction(staff.id, input));
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: staff.id } })).toMatchObject({ role: "STAFF", name: staff.name });
    expect(await db.prisma.auditLog.count()).toBe(0);
  });
});

describe("setStaffActiveAction", () => {
  test("deactivates and reactivates another account, audited", async () => {
    const admin = await signInAdmin(db.prisma, { email: "boss@cadence.test" });
    const staff = await buildUser(db.prisma);
    const active = async () => (await db.prisma.user.findUniqueOrThrow({ where: { id: staff.id } })).active;
    await expectDeactivateAndReactivate(db.prisma, { entity: "staff", id: staff.id, admin, setActive: setStaffActiveAction, active, data: { id: staff.id, active: false } });
  });

  test("an admin cannot deactivate themselves", async () => {
    const admin = await signInAdmin(db.prisma, { email: "boss@cadence.test" });
    expect(await setStaffActiveAction({ id: admin.id, active: false })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN", message: "You cannot deactivate your own account. Ask another administrator to do it." },
    });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).active).toBe(true);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  test("bad input, staff and anonymous change nothing", async () => {
    await signInAdmin(db.prisma, { email: "boss@cadence.test" });
    const staff = await buildUser(db.prisma);
    // `as never` simulates a hostile caller: the action is a public endpoint and must refuse what its type rules out.
    expect(await setStaffActiveAction({ id: staff.id } as never)).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    await expectAdminOnly(db.prisma, () => setStaffActiveAction({ id: staff.id, active: false }));
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: staff.id } })).active).toBe(true);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });
});

describe("resetStaffPasswordAction", () => {
  test("sets the new password; the audit row carries neither password nor hash", async () => {
    const admin = await signInAdmin(db.prisma, { email: "boss@cadence.test" });
    const staff = await buildUser(db.prisma);
    expect(await resetStaffPasswordAction(staff.id, { password: "brand-new-secret" })).toEqual({ ok: true, data: { id: staff.id } });
    expect(await bcrypt.compare("brand-new-secret", await hashOf(staff.id))).toBe(true);
    const audit = await db.prisma.auditLog.findMany();
    expect(audit).toMatchObject([{ actorId: admin.id, action: "staff.password_reset", entityId: staff.id, details: null }]);
  });

  test("a short password, staff and anonymous change nothing", async () => {
    await signInAdmin(db.prisma, { email: "boss@cadence.test" });
    const staff = await buildUser(db.prisma);
    const hash = await hashOf(staff.id);
    expect(await resetStaffPasswordAction(staff.id, { password: "short" })).toMatchObject({
      ok: false,
      error: { code: "INVALID_INPUT", fieldErrors: { password: "Use at least 10 characters." } },
    });
    await expectAdminOnly(db.prisma, () => resetStaffPasswordAction(staff.id, { password: "brand-new-secret" }));
    expect(await hashOf(staff.id)).toBe(hash);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });
});
