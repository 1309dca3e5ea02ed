import bcrypt from "bcryptjs";
import type { AppPrismaClient } from "@/lib/database/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clearAccountThrottle } from "@/lib/services/auth/throttle";
import type { TPasswordReset, TStaffCreate, TStaffUpdate } from "@/lib/validations/staff";
import { auditChange, notFound, uniqueConflict, withUnique, type Actor } from "./shared";

type Tx = Prisma.TransactionClient;

export const BCRYPT_COST = 10;

const EMAIL_TAKEN = "Another account already uses this email address.";

async function checkReferences(tx: Tx, input: { email: string; clinicIds: string[] }, userId: string | null): Promise<void> {
  const taken = await tx.user.findFirst({
    where: { email: { equals: input.email, mode: "insensitive" }, ...(userId ? { NOT: { id: userId } } : {}) },
    select: { id: true },
  });
  if (taken) throw uniqueConflict("email", EMAIL_TAKEN);
  if (input.clinicIds.length > 0) {
    const found = await tx.clinic.count({ where: { id: { in: input.clinicIds } } });
    if (found !== input.clinicIds.length) {
      const message = "One of the selected clinics no longer exists; reload the page.";
      throw new AppError("INVALID_INPUT", message, { fieldErrors: { clinicIds: message } });
    }
  }
}

export async function createStaff(prisma: AppPrismaClient, actor: Actor, input: TStaffCreate): Promise<{ id: string }> {
  // Hashing is slow on purpose; do it before the transaction opens so no connection waits on it.
  const passwordHash = await bcrypt.hash(input.password, BCRYPT_COST);
  return withUnique("email", EMAIL_TAKEN, () =>
    prisma.$transaction(async (tx) => {
      await checkReferences(tx, input, null);
      const user = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          role: input.role,
          passwordHash,
          memberships: { create: input.clinicIds.map((clinicId) => ({ clinicId })) },
        },
        select: { id: true },
      });
      await auditChange(tx, actor, "staff", "created", user.id, { name: input.name, email: input.email, role: input.role, clinicIds: input.clinicIds });
      return user;
    }),
  );
}

export async function updateStaff(prisma: AppPrismaClient, actor: Actor, id: string, input: TStaffUpdate): Promise<{ id: string }> {
  if (id === actor.id && input.role !== "ADMIN") {
    throw new AppError("FORBIDDEN", "You cannot remove your own admin role. Ask another administrator to do it.", {
      fieldErrors: { role: "You cannot remove your own admin role." },
    });
  }
  return withUnique("email", EMAIL_TAKEN, () =>
    prisma.$transaction(async (tx) => {
      const before = await tx.user.findUnique({
        where: { id },
        select: { name: true, email: true, role: true, memberships: { select: { clinicId: true }, orderBy: { clinicId: "asc" } } },
      });
      if (!before) throw notFound("account");
      await checkReferences(tx, input, id);
      await tx.clinicMembership.deleteMany({ where: { userId: id } });
      await tx.user.update({
        where: { id },
        data: {
          name: input.name,
          email: input.email,
          role: input.role,
          memberships: { create: input.clinicIds.map((clinicId) => ({ clinicId })) },
        },
      });
      await auditChange(tx, actor, "staff", "updated", id, {
        before: { name: before.name, email: before.email, role: before.role, clinicIds: before.memberships.map((m) => m.clinicId) },
        after: { name: input.name, email: input.email, role: input.role, clinicIds: input.clinicIds },
      });
      return { id };
    }),
  );
}

export async function setStaffActive(prisma: AppPrismaClient, actor: Actor, id: string, active: boolean): Promise<{ id: string; active: boolean }> {
  if (id === actor.id && !active) {
    throw new AppError("FORBIDDEN", "You cannot deactivate your own account. Ask another administrator to do it.");
  }
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { id: true } });
    if (!user) throw notFound("account");
    await tx.user.update({ where: { id }, data: { active } });
    await auditChange(tx, actor, "staff", active ? "reactivated" : "deactivated", id);
    return { id, active };
  });
}

/**
 * Sets a new password chosen by the admin and ends the account's sessions (whoever knew the old password may be
 * signed in with it); the audit row records that it happened, never the password.
 */
export async function resetStaffPassword(prisma: AppPrismaClient, actor: Actor, id: string, input: TPasswordReset): Promise<{ id: string }> {
  const passwordHash = await bcrypt.hash(input.password, BCRYPT_COST);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { id: true } });
    if (!user) throw notFound("account");
    await tx.user.update({ where: { id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await auditChange(tx, actor, "staff", "password_reset", id);
    return { id };
  });
}

/** Lifts the sign-in lock of an account (e.g. an attacker's failures locked the admin out); audited. */
export async function unlockStaffSignIn(prisma: AppPrismaClient, actor: Actor, id: string): Promise<{ id: string; wasLocked: boolean }> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { email: true } });
    if (!user) throw notFound("account");
    const wasLocked = await clearAccountThrottle(tx, user.email);
    await auditChange(tx, actor, "staff", "sign_in_unlocked", id, { wasLocked });
    return { id, wasLocked };
  });
}
