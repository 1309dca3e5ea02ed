import { AppError } from "@/lib/errors";
import { unlockStaffSignIn } from "@/lib/services/admin/staff";
import {
  ACCOUNT_MAX_FAILURES,
  BACKOFF_BASE_SECONDS,
  BACKOFF_CAP_SECONDS,
  CLIENT_MAX_FAILURES,
  RESET_AFTER_MS,
} from "@/lib/services/auth/throttle";
import { verifyCredentials } from "@/lib/services/auth/verify-credentials";
import { buildUser, TEST_PASSWORD } from "@/tests/factories";
import { useAppDatabase } from "@/tests/support/use-app-database";

const db = useAppDatabase();
const NOW = new Date("2026-03-02T09:00:00Z");
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

async function attempt(email: string, password: string, now: Date, client = "203.0.113.7"): Promise<string> {
  return verifyCredentials(db.prisma, { email, password }, now, client).then(
    () => "ok",
    (e: unknown) => {
      if (!(e instanceof AppError)) throw e;
      return e.code;
    },
  );
}

describe("sign-in throttle per account", () => {
  test("after the limit each further attempt waits twice as long as the one before, up to the cap", async () => {
    await buildUser(db.prisma, { email: "anna@clinic.test" });
    for (let i = 0; i < ACCOUNT_MAX_FAILURES; i++) expect(await attempt("anna@clinic.test", "wrong", NOW)).toBe("UNAUTHENTICATED");
    let t = 0;
    let wait = BACKOFF_BASE_SECONDS;
    const waits: number[] = [];
    for (let n = 0; n < 8; n++) {
      // Refused just before the wait ends, and the refusal does not count or extend the lock.
      expect(await attempt("anna@clinic.test", TEST_PASSWORD, at(t + wait - 1))).toBe("RATE_LIMITED");
      t += wait;
      expect(await attempt("anna@clinic.test", "wrong", at(t))).toBe("UNAUTHENTICATED");
      const row = await db.prisma.loginThrottle.findUniqueOrThrow({ where: { key: "account:anna@clinic.test" } });
      wait = (row.lockedUntil!.getTime() - at(t).getTime()) / 1000;
      waits.push(wait);
    }
    expect(waits).toEqual([60, 120, 240, 480, 900, 900, 900, 900].map((s) => Math.min(s, BACKOFF_CAP_SECONDS)));
  });

  test("an unknown e-mail is throttled like a known one (no hint that it exists)", async () => {
    for (let i = 0; i < ACCOUNT_MAX_FAILURES; i++) expect(await attempt("ghost@clinic.test", "wrong", NOW)).toBe("UNAUTHENTICATED");
    expect(await attempt("ghost@clinic.test", "wrong", NOW)).toBe("RATE_LIMITED");
  });

  test("the count starts again after an hour without failures, and after the right password", async () => {
    await buildUser(db.prisma, { email: "anna@clinic.test" });
    for (let i = 0; i < ACCOUNT_MAX_FAILURES - 1; i++) await attempt("anna@clinic.test", "wrong", NOW);
    expect(await attempt("anna@clinic.test", "wrong", new Date(NOW.getTime() + RESET_AFTER_MS))).toBe("UNAUTHENTICATED");
    const row = await db.prisma.loginThrottle.findUniqueOrThrow({ where: { key: "account:anna@clinic.test" } });
    expect(row).toMatchObject({ failures: 1, lockedUntil: null });
    expect(await attempt("anna@clinic.test", TEST_PASSWORD, at(RESET_AFTER_MS / 1000 + 1))).toBe("ok");
    expect(await db.prisma.loginThrottle.findUnique({ where: { key: "account:anna@clinic.test" } })).toBeNull();
  });

  test("locks are audited; an admin can lift an account's lock (audited too)", async () => {
    const admin = await buildUser(db.prisma, { role: "ADMIN", email: "admin@clinic.test" });
    const other = await buildUser(db.prisma, { role: "ADMIN" });
    for (let i = 0; i < ACCOUNT_MAX_FAILURES; i++) await attempt("admin@clinic.test", "wrong", NOW, "198.51.100.9");
    expect(await attempt("admin@clinic.test", TEST_PASSWORD, NOW, "192.0.2.1")).toBe("RATE_LIMITED");
    const locked = await db.prisma.auditLog.findMany({ where: { action: "auth.account_locked" } });
    expect(locked).toEqual([
      expect.objectContaining({
        actorId: null,
        entityType: "User",
        entityId: admin.id,
        details: expect.objectContaining({ failures: ACCOUNT_MAX_FAILURES, client: "198.51.100.9" }),
      }),
    ]);

    await expect(unlockStaffSignIn(db.prisma, other, admin.id)).resolves.toEqual({ id: admin.id, wasLocked: true });
    expect(await attempt("admin@clinic.test", TEST_PASSWORD, NOW, "192.0.2.1")).toBe("ok");
    const unlocked = await db.prisma.auditLog.findMany({ where: { action: "staff.sign_in_unlocked" } });
    expect(unlocked).toEqual([expect.objectContaining({ actorId: other.id, entityId: admin.id, details: { wasLocked: true } })]);
    // The address that failed stays counted: unlocking the account does not reset the attacker.
    const attacker = await db.prisma.loginThrottle.findUniqueOrThrow({ where: { key: "client:198.51.100.9" } });
    expect(attacker.failures).toBe(ACCOUNT_MAX_FAILURES);
  });
});

test("a successful sign-in removes rows that have been quiet for longer than the reset period", async () => {
  const old = new Date(NOW.getTime() - RESET_AFTER_MS - 1000);
  await db.prisma.loginThrottle.createMany({
    data: [
      { key: "account:gone@clinic.test", failures: 3, lastFailureAt: old },
      { key: "client:192.0.2.200", failures: 9, lastFailureAt: old, lockedUntil: old },
      { key: "account:recent@clinic.test", failures: 2, lastFailureAt: NOW },
    ],
  });
  await buildUser(db.prisma, { email: "anna@clinic.test" });
  expect(await attempt("anna@clinic.test", TEST_PASSWORD, NOW)).toBe("ok");
  const keys = (await db.prisma.loginThrottle.findMany({ select: { key: true }, orderBy: { key: "asc" } })).map((r) => r.key);
  expect(keys).toEqual(["account:recent@clinic.test", "client:203.0.113.7"]);
});

describe("sign-in throttle per client address", () => {
  test(`one address trying many e-mails is slowed after ${CLIENT_MAX_FAILURES} failures; other addresses are not`, async () => {
    const results: string[] = [];
    for (let i = 0; i < 30; i++) results.push(await attempt(`person${i}@clinic.test`, "wrong", NOW, "198.51.100.9"));
    expect(results.filter((r) => r === "UNAUTHENTICATED")).toHaveLength(CLIENT_MAX_FAILURES);
    expect(results.slice(CLIENT_MAX_FAILURES)).toEqual(Array(30 - CLIENT_MAX_FAILURES).fill("RATE_LIMITED"));
    // Refusals by the address did not touch the accounts they named.
    expect(await db.prisma.loginThrottle.findUnique({ where: { key: "account:person25@clinic.test" } })).toBeNull();

    await buildUser(db.prisma, { email: "anna@clinic.test" });
    expect(await attempt("anna@clinic.test", TEST_PASSWORD, NOW, "192.0.2.1")).toBe("ok");
    expect(await attempt("anna@clinic.test", TEST_PASSWORD, NOW, "198.51.100.9")).toBe("RATE_LIMITED");
    expect(await db.prisma.auditLog.count({ where: { action: "auth.client_locked", entityId: "198.51.100.9" } })).toBe(1);
  });

  test("colleagues signing in from one shared address do not use up its failures", async () => {
    const users = await Promise.all(Array.from({ length: CLIENT_MAX_FAILURES + 5 }, () => buildUser(db.prisma)));
    for (const user of users) expect(await attempt(user.email, TEST_PASSWORD, NOW)).toBe("ok");
    const row = await db.prisma.loginThrottle.findUniqueOrThrow({ where: { key: "client:203.0.113.7" } });
    expect(row).toMatchObject({ failures: 0, lockedUntil: null });
  });
});
