import bcrypt from "bcryptjs";
import type { AppPrismaClient } from "@/lib/database/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/services/audit";
import { BCRYPT_COST } from "@/lib/services/admin/staff";
import { accountKey, clientKey } from "@/lib/security/throttle-keys";
import { reserveAttempt, retryMessage, settleSuccess } from "@/lib/services/auth/throttle";
import type { TPasswordChange } from "@/lib/validations/auth";

/**
 * Ends one session token (sign-out) before it expires. Expired rows are deleted on the way: a token past its
 * expiry is refused by next-auth anyway, so the table only ever holds the last 8 hours of sign-outs.
 */
export async function revokeSession(prisma: AppPrismaClient, tokenId: string, expiresAt: Date, now: Date): Promise<void> {
  await prisma.$transaction([
    prisma.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.revokedSession.upsert({ where: { tokenId }, create: { tokenId, expiresAt }, update: {} }),
  ]);
}

/** Ends every session of the user, on every device (this one included). */
export async function signOutEverywhere(prisma: AppPrismaClient, userId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { actorId: userId, action: "auth.signed_out_everywhere", entityType: "User", entityId: userId });
  });
}

/**
 * The signed-in user changes their own password. The current password is checked under the sign-in throttle
 * (a session left open must not become a way to guess it), and every session, this one too, ends.
 */
export async function changeOwnPassword(
  prisma: AppPrismaClient,
  user: { id: string; email: string },
  input: TPasswordChange,
  now: Date,
  client: string,
): Promise<void> {
  const keys = { account: accountKey(user.email), client: clientKey(client) };
  const reservation = await reserveAttempt(prisma, keys, now);
  if (!reservation.allowed) throw new AppError("RATE_LIMITED", retryMessage(reservation.retryAt, now));
  const current = await prisma.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!current) throw new AppError("NOT_FOUND", "This account no longer exists.");
  if (!(await bcrypt.compare(input.currentPassword, current.passwordHash))) {
    const message = "That is not your current password.";
    throw new AppError("INVALID_INPUT", message, { fieldErrors: { currentPassword: message } });
  }
  await settleSuccess(prisma, keys, now);
  const passwordHash = await bcrypt.hash(input.newPassword, BCRYPT_COST);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { actorId: user.id, action: "auth.password_changed", entityType: "User", entityId: user.id });
  });
}
