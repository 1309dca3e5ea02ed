import type { AppPrismaClient } from "@/lib/database/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountKey, type ThrottleKeys } from "@/lib/security/throttle-keys";

/** Failed sign-ins an account gets (from anywhere) before each further attempt must wait. */
export const ACCOUNT_MAX_FAILURES = 5;
/** Failed sign-ins one client address gets (for any e-mails) before each further attempt must wait. */
export const CLIENT_MAX_FAILURES = 20;
/** The first wait; each further failure doubles it, up to BACKOFF_CAP_SECONDS. */
export const BACKOFF_BASE_SECONDS = 30;
export const BACKOFF_CAP_SECONDS = 15 * 60;
/** A key's count starts again after this long without a counted attempt. */
export const RESET_AFTER_MS = 60 * 60_000;

export type Reservation =
  | { allowed: true; locks: { key: string; failures: number; lockedUntil: Date }[] }
  | { allowed: false; retryAt: Date };

/**
 * Counts one sign-in attempt against the account and the client address *before* the password is compared, in
 * one statement: the attempt is presumed to fail, and the success path gives it back (settleSuccess).
 *
 * - A key that is locked (locked_until in the future) refuses the attempt, and then no key is counted, so a
 *   person retrying a locked account does not also use up their clinic's shared address.
 * - ON CONFLICT DO UPDATE re-reads the latest row under its row lock, so concurrent attempts on any number of
 *   app instances are counted one after the other: at most ACCOUNT_MAX_FAILURES of a burst get through, and the
 *   attempt that reaches the limit locks the key for BACKOFF_BASE_SECONDS · 2^(failures − limit), capped.
 * - The WHERE of DO UPDATE leaves a row that is locked by then untouched, and RETURNING lists only counted rows:
 *   fewer rows than keys means refused.
 */
export async function reserveAttempt(prisma: AppPrismaClient, keys: ThrottleKeys, now: Date): Promise<Reservation> {
  const resetBefore = new Date(now.getTime() - RESET_AFTER_MS);
  const limit = Prisma.sql`(CASE WHEN t.key LIKE 'account:%' THEN ${ACCOUNT_MAX_FAILURES}::int ELSE ${CLIENT_MAX_FAILURES}::int END)`;
  const failures = Prisma.sql`(CASE WHEN t.last_failure_at <= ${resetBefore}::timestamptz THEN 1 ELSE t.failures + 1 END)`;
  const rows = await prisma.$queryRaw<{ key: string; failures: number; locked_until: Date | null }[]>`
    WITH attempt(key) AS (VALUES (${keys.account}::text), (${keys.client}::text)),
    locked AS (
      SELECT 1 FROM login_throttle t JOIN attempt USING (key) WHERE t.locked_until > ${now}::timestamptz
    )
    INSERT INTO login_throttle AS t (key, failures, last_failure_at, locked_until)
    SELECT key, 1, ${now}::timestamptz, NULL FROM attempt WHERE NOT EXISTS (SELECT 1 FROM locked)
    ON CONFLICT (key) DO UPDATE SET
      failures = ${failures},
      last_failure_at = ${now}::timestamptz,
      locked_until = CASE WHEN ${failures} >= ${limit}
        THEN ${now}::timestamptz + make_interval(secs => least(${BACKOFF_BASE_SECONDS}::int * power(2, least(${failures} - ${limit}, 16)), ${BACKOFF_CAP_SECONDS}::int))
        END
    WHERE t.locked_until IS NULL OR t.locked_until <= ${now}::timestamptz
    RETURNING t.key, t.failures, t.locked_until`;
  if (rows.length < 2) return { allowed: false, retryAt: await lockedUntil(prisma, keys, now) };
  const locks = rows
    .filter((r) => r.locked_until !== null)
    .map((r) => ({ key: r.key, failures: r.failures, lockedUntil: r.locked_until as Date }));
  return { allowed: true, locks };
}

async function lockedUntil(prisma: AppPrismaClient, keys: ThrottleKeys, now: Date): Promise<Date> {
  const rows = await prisma.loginThrottle.findMany({
    where: { key: { in: [keys.account, keys.client] }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  const times = rows.map((r) => r.lockedUntil!.getTime());
  // A lock may have ended between the two statements; then "a moment" is the truth.
  return new Date(times.length > 0 ? Math.max(...times) : now.getTime() + 1000);
}

/**
 * The right password: the account's count starts again; the client address gets back only the one attempt it
 * was charged, so signing into one's own account cannot wash away failures against another. On the way, up to
 * 100 rows quiet for longer than RESET_AFTER_MS (their count would restart anyway, their lock is over) go.
 */
export async function settleSuccess(prisma: AppPrismaClient, keys: ThrottleKeys, now: Date): Promise<void> {
  const staleBefore = new Date(now.getTime() - RESET_AFTER_MS);
  await prisma.$executeRaw`
    WITH account AS (DELETE FROM login_throttle WHERE key = ${keys.account}),
    stale AS (
      DELETE FROM login_throttle WHERE key IN (
        SELECT key FROM login_throttle WHERE last_failure_at < ${staleBefore}::timestamptz AND key NOT IN (${keys.account}, ${keys.client}) LIMIT 100
      ) AND (locked_until IS NULL OR locked_until <= ${now}::timestamptz)
    )
    UPDATE login_throttle SET
      failures = greatest(failures - 1, 0),
      locked_until = CASE WHEN failures - 1 < ${CLIENT_MAX_FAILURES}::int THEN NULL ELSE locked_until END
    WHERE key = ${keys.client}`;
}

/** An administrator lifts an account's lock (the client addresses that failed stay throttled). */
export async function clearAccountThrottle(db: Pick<AppPrismaClient, "loginThrottle">, email: string): Promise<boolean> {
  const { count } = await db.loginThrottle.deleteMany({ where: { key: accountKey(email) } });
  return count > 0;
}

export function retryMessage(retryAt: Date, now: Date): string {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  const wait = seconds < 60 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minute${seconds > 60 ? "s" : ""}`;
  return `Too many failed attempts. Try again in ${wait}.`;
}
