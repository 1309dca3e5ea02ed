import bcrypt from "bcryptjs";
import type { AppPrismaClient as PrismaClient } from "@/lib/database/client";
import { AppError } from "@/lib/errors";
import { ZLoginSchema } from "@/lib/validations/auth";

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCKOUT_MS = 15 * 60_000;

// Compared against when the e-mail is unknown, so that a wrong e-mail and a wrong password take the same time.
const DUMMY_HASH = "$2b$10$skYF8ym7a7tba/J32lcH2uwV/cTq9NvKFzVAcLYJY4bnbI4oeD/JO";

export type AuthenticatedUser = { id: string; email: string; name: string; role: "ADMIN" | "STAFF" };

/**
 * Checks an e-mail and password. Failures are counted per e-mail in the database (not in memory) so several app
 * instances share the limit; after MAX_FAILURES within the window the account is locked for LOCKOUT_MS.
 */
export async function verifyCredentials(
  prisma: PrismaClient,
  input: unknown,
  now: Date,
): Promise<AuthenticatedUser> {
  const parsed = ZLoginSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", parsed.error.issues[0].message);
  }
  const email = parsed.data.email.toLowerCase();

  const throttle = await prisma.loginThrottle.findUnique({ where: { key: email } });
  if (throttle?.lockedUntil && throttle.lockedUntil > now) {
    const minutes = Math.ceil((throttle.lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new AppError("RATE_LIMITED", `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
  const matches = await bcrypt.compare(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);

  if (!user || !matches || !user.active) {
    await recordFailure(prisma, email, throttle, now);
    throw new AppError(
      "UNAUTHENTICATED",
      user && matches && !user.active ? "This account has been deactivated. Ask an administrator." : "Email or password is incorrect.",
    );
  }

  if (throttle) await prisma.loginThrottle.delete({ where: { key: email } });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

async function recordFailure(
  prisma: PrismaClient,
  key: string,
  current: { failures: number; windowStart: Date } | null,
  now: Date,
): Promise<void> {
  const windowOpen = current && now.getTime() - current.windowStart.getTime() < FAILURE_WINDOW_MS;
  const failures = windowOpen ? current.failures + 1 : 1;
  const data = {
    failures,
    windowStart: windowOpen ? current.windowStart : now,
    lockedUntil: failures >= MAX_FAILURES ? new Date(now.getTime() + LOCKOUT_MS) : null,
  };
  await prisma.loginThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
}
