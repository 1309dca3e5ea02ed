import bcrypt from "bcryptjs";
import type { AppPrismaClient as PrismaClient } from "@/lib/database/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/services/audit";
import { accountKey, clientKey, type ThrottleKeys } from "@/lib/security/throttle-keys";
import { reserveAttempt, retryMessage, settleSuccess } from "@/lib/services/auth/throttle";
import { ZLoginSchema } from "@/lib/validations/auth";

// Compared against when the e-mail is unknown, so that a wrong e-mail and a wrong password take the same time.
const DUMMY_HASH = "$2b$10$skYF8ym7a7tba/J32lcH2uwV/cTq9NvKFzVAcLYJY4bnbI4oeD/JO";

export type AuthenticatedUser = { id: string; email: string; name: string; role: "ADMIN" | "STAFF"; sessionVersion: number };

/**
 * Checks an e-mail and password from a client address. The attempt is counted in the database (shared by every
 * app instance) before the password is compared; see throttle.ts for the limits and the backoff.
 */
export async function verifyCredentials(prisma: PrismaClient, input: unknown, now: Date, client: string): Promise<AuthenticatedUser> {
  const parsed = ZLoginSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", parsed.error.issues[0].message);
  }
  const email = parsed.data.email.toLowerCase();
  const keys: ThrottleKeys = { account: accountKey(email), client: clientKey(client) };

  const reservation = await reserveAttempt(prisma, keys, now);
  if (!reservation.allowed) throw new AppError("RATE_LIMITED", retryMessage(reservation.retryAt, now));

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true, sessionVersion: true },
  });
  for (const lock of reservation.locks) {
    const isAccount = lock.key === keys.account;
    await writeAudit(prisma, {
      actorId: null,
      action: isAccount ? "auth.account_locked" : "auth.client_locked",
      entityType: isAccount ? (user ? "User" : "SignInEmail") : "ClientAddress",
      entityId: isAccount ? (user?.id ?? email) : client,
      details: { failures: lock.failures, lockedUntil: lock.lockedUntil.toISOString(), email, client },
    });
  }

  const matches = await bcrypt.compare(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !matches || !user.active) {
    throw new AppError(
      "UNAUTHENTICATED",
      user && matches && !user.active ? "This account has been deactivated. Ask an administrator." : "Email or password is incorrect.",
    );
  }

  await settleSuccess(prisma, keys, now);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
