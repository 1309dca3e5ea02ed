import { AppError } from "@/lib/errors";
import { authorize, getCurrentUser } from "@/lib/session";
import { ACCOUNT_MAX_FAILURES, BACKOFF_BASE_SECONDS } from "@/lib/services/auth/throttle";
import { verifyCredentials } from "@/lib/services/auth/verify-credentials";
import { buildClinic, buildUser, TEST_PASSWORD } from "@/tests/factories";
import { signInAs } from "@/tests/support/session";
import { useAppDatabase } from "@/tests/support/use-app-database";

const db = useAppDatabase();
const NOW = new Date("2026-03-02T09:00:00Z");
const CLIENT = "203.0.113.7";

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("verifyCredentials", () => {
  test("accepts the right password, case-insensitively on the e-mail", async () => {
    const user = await buildUser(db.prisma, { email: "anna@clinic.test", role: "STAFF" });
    const result = await verifyCredentials(db.prisma, { email: "  Anna@Clinic.TEST ", password: TEST_PASSWORD }, NOW, CLIENT);
    expect(result).toEqual({ id: user.id, email: "anna@clinic.test", name: user.name, role: "STAFF", sessionVersion: 0 });
  });

  test.each([
    [{ email: "", password: "x" }, "Enter your email address."],
    [{ email: "not-an-email", password: "x" }, "Enter a valid email address, like name@clinic.com."],
    [{ email: "a@b.test", password: "" }, "Enter your password."],
    [null, "Invalid input: expected object, received null"],
  ])("rejects malformed input %j with a specific message", async (input, message) => {
    const error = await failure(verifyCredentials(db.prisma, input, NOW, CLIENT));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.userMessage).toBe(message);
    expect(await db.prisma.loginThrottle.count()).toBe(0);
  });

  test("a wrong password and an unknown e-mail get the same message", async () => {
    await buildUser(db.prisma, { email: "anna@clinic.test" });
    const wrong = await failure(verifyCredentials(db.prisma, { email: "anna@clinic.test", password: "nope" }, NOW, CLIENT));
    const unknown = await failure(verifyCredentials(db.prisma, { email: "nobody@clinic.test", password: "nope" }, NOW, CLIENT));
    expect(wrong.userMessage).toBe("Email or password is incorrect.");
    expect(unknown.userMessage).toBe(wrong.userMessage);
  });

  test("a deactivated account is told so only with the right password", async () => {
    await buildUser(db.prisma, { email: "old@clinic.test", active: false });
    const right = await failure(verifyCredentials(db.prisma, { email: "old@clinic.test", password: TEST_PASSWORD }, NOW, CLIENT));
    expect(right.userMessage).toBe("This account has been deactivated. Ask an administrator.");
    const wrong = await failure(verifyCredentials(db.prisma, { email: "old@clinic.test", password: "nope" }, NOW, CLIENT));
    expect(wrong.userMessage).toBe("Email or password is incorrect.");
  });

  test(`locks an e-mail after ${ACCOUNT_MAX_FAILURES} failures, in the database, until the backoff ends`, async () => {
    await buildUser(db.prisma, { email: "anna@clinic.test" });
    for (let i = 0; i < ACCOUNT_MAX_FAILURES; i++) {
      await failure(verifyCredentials(db.prisma, { email: "anna@clinic.test", password: `wrong-${i}` }, NOW, CLIENT));
    }
    const locked = await failure(verifyCredentials(db.prisma, { email: "anna@clinic.test", password: TEST_PASSWORD }, NOW, CLIENT));
    expect(locked.code).toBe("RATE_LIMITED");
    expect(locked.userMessage).toBe(`Too many failed attempts. Try again in ${BACKOFF_BASE_SECONDS} seconds.`);

    const later = new Date(NOW.getTime() + BACKOFF_BASE_SECONDS * 1000);
    await expect(verifyCredentials(db.prisma, { email: "anna@clinic.test", password: TEST_PASSWORD }, later, CLIENT)).resolves.toMatchObject({
      email: "anna@clinic.test",
    });
    expect(await db.prisma.loginThrottle.findUnique({ where: { key: "account:anna@clinic.test" } })).toBeNull();
  });
});

describe("the session as pages and actions see it", () => {
  test("nobody signed in: no user, and actions are refused", async () => {
    signInAs(null);
    await expect(getCurrentUser()).resolves.toBeNull();
    expect((await failure(authorize())).code).toBe("UNAUTHENTICATED");
  });

  test("staff get their own clinics and are refused admin actions", async () => {
    const mine = await buildClinic(db.prisma);
    await buildClinic(db.prisma);
    const staff = await buildUser(db.prisma, { role: "STAFF", memberships: { create: [{ clinicId: mine.id }] } });
    signInAs(staff);
    await expect(authorize()).resolves.toMatchObject({ id: staff.id, role: "STAFF", clinicIds: [mine.id] });
    const refused = await failure(authorize("ADMIN"));
    expect(refused.code).toBe("FORBIDDEN");
  });

  test("admins act in every clinic", async () => {
    const a = await buildClinic(db.prisma);
    const b = await buildClinic(db.prisma);
    const admin = await buildUser(db.prisma, { role: "ADMIN" });
    signInAs(admin);
    const user = await authorize("ADMIN");
    expect(user.clinicIds.sort()).toEqual([a.id, b.id].sort());
  });

  test("a session of a deactivated account no longer counts", async () => {
    const staff = await buildUser(db.prisma, { role: "STAFF" });
    signInAs(staff);
    await db.prisma.user.update({ where: { id: staff.id }, data: { active: false } });
    expect((await failure(authorize())).code).toBe("UNAUTHENTICATED");
  });
});
