// The sign-in throttle under concurrent attempts from two app instances (two PrismaClients, two connection
// pools) sharing one PostgreSQL database.
import bcrypt from "bcryptjs";
import { closePrismaClient, createPrismaClient, type AppPrismaClient } from "@/lib/database/client";
import { AppError } from "@/lib/errors";
import { ACCOUNT_MAX_FAILURES, CLIENT_MAX_FAILURES } from "@/lib/services/auth/throttle";
import { verifyCredentials } from "@/lib/services/auth/verify-credentials";
import { buildUser, TEST_PASSWORD } from "@/tests/factories";
import { describeOnPostgres, useTestDatabase } from "@/tests/support/test-db";

const db = useTestDatabase();
const NOW = new Date("2026-03-02T09:00:00Z");

describeOnPostgres("sign-in throttle across two app instances", () => {
  let instances: AppPrismaClient[] = [];
  let compare: jest.SpyInstance;
  beforeAll(() => {
    instances = [0, 1].map(() => createPrismaClient({ target: { kind: "postgres", url: db.url }, maxConnections: 10 }));
  });
  afterAll(async () => {
    await Promise.all(instances.map((c) => closePrismaClient(c)));
  });
  beforeEach(() => {
    compare = jest.spyOn(bcrypt, "compare");
  });
  afterEach(() => compare.mockRestore());

  async function burst(attempts: { email: string; password: string; client: string }[]): Promise<string[]> {
    return Promise.all(
      attempts.map((a, i) =>
        verifyCredentials(instances[i % 2], { email: a.email, password: a.password }, NOW, a.client).then(
          () => "ok",
          (e: unknown) => {
            if (!(e instanceof AppError)) throw e;
            return e.code;
          },
        ),
      ),
    );
  }

  test(`48 parallel wrong passwords for one account: exactly ${ACCOUNT_MAX_FAILURES} are compared`, async () => {
    await buildUser(db.prisma, { email: "admin@clinic.test", role: "ADMIN" });
    const results = await burst(Array.from({ length: 48 }, (_, i) => ({ email: "admin@clinic.test", password: `guess-${i}`, client: `198.51.100.${i}` })));
    expect(results.filter((r) => r === "UNAUTHENTICATED")).toHaveLength(ACCOUNT_MAX_FAILURES);
    expect(results.filter((r) => r === "RATE_LIMITED")).toHaveLength(48 - ACCOUNT_MAX_FAILURES);
    expect(compare).toHaveBeenCalledTimes(ACCOUNT_MAX_FAILURES);
    const row = await db.prisma.loginThrottle.findUniqueOrThrow({ where: { key: "account:admin@clinic.test" } });
    expect(row.failures).toBe(ACCOUNT_MAX_FAILURES);
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(NOW.getTime());
    expect(await db.prisma.auditLog.count({ where: { action: "auth.account_locked" } })).toBe(1);
  });

  test("the right password inside a burst of wrong ones gets in only as one of the first attempts, and not once locked", async () => {
    await buildUser(db.prisma, { email: "anna@clinic.test" });
    const attempts = Array.from({ length: 41 }, (_, i) => ({
      email: "anna@clinic.test",
      password: i === 20 ? TEST_PASSWORD : `guess-${i}`,
      client: `198.51.100.${i}`,
    }));
    const results = await burst(attempts);
    const compared = results.filter((r) => r !== "RATE_LIMITED").length;
    // The right password, if it was counted among the first five, resets the count for later ones: still never
    // more than the limit compared before it, and at most the limit after it.
    expect(compare.mock.calls.length).toBe(compared);
    if (results[20] === "ok") expect(compared).toBeLessThanOrEqual(2 * ACCOUNT_MAX_FAILURES);
    else expect(compared).toBe(ACCOUNT_MAX_FAILURES);

    // Now locked for sure: a further burst of wrong ones and then the right password are all refused uncompared.
    const more = await burst(Array.from({ length: 30 }, (_, i) => ({ email: "anna@clinic.test", password: `again-${i}`, client: "203.0.113.5" })));
    const locked = await burst([{ email: "anna@clinic.test", password: TEST_PASSWORD, client: "203.0.113.5" }]);
    if (results[20] !== "ok") {
      expect(more).toEqual(Array(30).fill("RATE_LIMITED"));
      expect(locked).toEqual(["RATE_LIMITED"]);
    } else {
      expect(more.filter((r) => r === "UNAUTHENTICATED").length).toBeLessThanOrEqual(ACCOUNT_MAX_FAILURES);
      expect(locked).toEqual(["RATE_LIMITED"]);
    }
  });

  test(`one client address, 40 different e-mails in parallel: at most ${CLIENT_MAX_FAILURES} are compared`, async () => {
    const results = await burst(Array.from({ length: 40 }, (_, i) => ({ email: `person${i}@clinic.test`, password: "wrong", client: "198.51.100.77" })));
    expect(results.filter((r) => r === "UNAUTHENTICATED")).toHaveLength(CLIENT_MAX_FAILURES);
    expect(results.filter((r) => r === "RATE_LIMITED")).toHaveLength(40 - CLIENT_MAX_FAILURES);
    expect(compare).toHaveBeenCalledTimes(CLIENT_MAX_FAILURES);
    expect(await db.prisma.auditLog.count({ where: { action: "auth.client_locked", entityId: "198.51.100.77" } })).toBe(1);
  });
});
