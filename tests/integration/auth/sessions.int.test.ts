import { signOutEverywhereAction } from "@/app/(staff)/account/actions";
import { resetStaffPasswordAction, unlockStaffSignInAction } from "@/app/admin/staff/actions";
import { authOptions } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { getCurrentUser } from "@/lib/session";
import { changeOwnPassword } from "@/lib/services/auth/sessions";
import { ACCOUNT_MAX_FAILURES } from "@/lib/services/auth/throttle";
import { verifyCredentials } from "@/lib/services/auth/verify-credentials";
import { buildUser, TEST_PASSWORD } from "@/tests/factories";
import { signInAs } from "@/tests/support/session";
import { useAppDatabase } from "@/tests/support/use-app-database";

const db = useAppDatabase();
const NOW = new Date("2026-03-02T09:00:00Z");
const CLIENT = "203.0.113.7";
const NEW_PASSWORD = "a-brand-new-password";

async function signedIn(email: string, password = TEST_PASSWORD) {
  return verifyCredentials(db.prisma, { email, password }, NOW, CLIENT);
}

describe("ending sessions before they expire", () => {
  test("signing out revokes that session's token only; another device of the user stays signed in", async () => {
    const staff = await buildUser(db.prisma, { email: "anna@clinic.test" });
    signInAs(staff, "laptop");
    await expect(getCurrentUser()).resolves.toMatchObject({ id: staff.id });

    // next-auth calls this event with the decoded token when the browser signs out.
    const exp = Math.floor(NOW.getTime() / 1000) + 3600;
    await authOptions().events!.signOut!({ token: { uid: staff.id, sid: "laptop", sv: 0, exp }, session: undefined as never });
    await expect(getCurrentUser()).resolves.toBeNull();

    signInAs(staff, "front-desk");
    await expect(getCurrentUser()).resolves.toMatchObject({ id: staff.id });
  });

  test("sign out everywhere ends every session of the user; a new sign-in carries the new version", async () => {
    const staff = await buildUser(db.prisma, { email: "anna@clinic.test" });
    signInAs(staff, "laptop");
    await expect(signOutEverywhereAction()).resolves.toEqual({ ok: true, data: null });
    await expect(getCurrentUser()).resolves.toBeNull();
    signInAs(staff, "front-desk");
    await expect(getCurrentUser()).resolves.toBeNull();
    expect((await signOutEverywhereAction()).ok).toBe(false);

    const again = await signedIn("anna@clinic.test");
    expect(again.sessionVersion).toBe(1);
    signInAs({ id: staff.id, sessionVersion: again.sessionVersion }, "laptop-2");
    await expect(getCurrentUser()).resolves.toMatchObject({ id: staff.id });
    expect(await db.prisma.auditLog.count({ where: { action: "auth.signed_out_everywhere", entityId: staff.id } })).toBe(1);
  });

  test("a password reset by an admin ends the account's sessions", async () => {
    const staff = await buildUser(db.prisma, { email: "anna@clinic.test" });
    const admin = await buildUser(db.prisma, { role: "ADMIN" });
    signInAs(admin);
    expect((await resetStaffPasswordAction(staff.id, { password: NEW_PASSWORD })).ok).toBe(true);
    signInAs(staff);
    await expect(getCurrentUser()).resolves.toBeNull();
    await expect(signedIn("anna@clinic.test", NEW_PASSWORD)).resolves.toMatchObject({ sessionVersion: 1 });
  });

  test("changing one's own password needs the current one (throttled), then ends every session", async () => {
    const staff = await buildUser(db.prisma, { email: "anna@clinic.test" });
    const input = { currentPassword: "not-it", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    const wrong = await changeOwnPassword(db.prisma, staff, input, NOW, CLIENT).catch((e: AppError) => e);
    expect(wrong).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { currentPassword: "That is not your current password." } });
    for (let i = 1; i < ACCOUNT_MAX_FAILURES; i++) await changeOwnPassword(db.prisma, staff, input, NOW, CLIENT).catch(() => null);
    const right = { ...input, currentPassword: TEST_PASSWORD };
    await expect(changeOwnPassword(db.prisma, staff, right, NOW, CLIENT)).rejects.toMatchObject({ code: "RATE_LIMITED" });

    const admin = await buildUser(db.prisma, { role: "ADMIN" });
    signInAs(admin);
    expect((await unlockStaffSignInAction(staff.id)).ok).toBe(true);
    await changeOwnPassword(db.prisma, staff, right, NOW, CLIENT);
    signInAs(staff);
    await expect(getCurrentUser()).resolves.toBeNull();
    await expect(signedIn("anna@clinic.test", TEST_PASSWORD)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(signedIn("anna@clinic.test", NEW_PASSWORD)).resolves.toMatchObject({ sessionVersion: 1 });
    expect(await db.prisma.auditLog.count({ where: { action: "auth.password_changed", actorId: staff.id } })).toBe(1);
  });

  test("a token without a session id or version (issued before revocation existed) is refused", async () => {
    const staff = await buildUser(db.prisma);
    (globalThis as unknown as { cadenceTestSession: unknown }).cadenceTestSession = { user: { id: staff.id } };
    await expect(getCurrentUser()).resolves.toBeNull();
  });
});
