import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { authOptions } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

import type { CurrentUser } from "@/lib/session-types";

export type { CurrentUser } from "@/lib/session-types";

/**
 * The signed-in user as the database sees them now: a JWT alone would keep a deactivated account, a removed role,
 * a signed-out session or one from before a password change working until it expires. A session counts only
 * while its session version is the user's and its id has not been revoked. Once per request (React cache).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  const sid = session?.sid;
  if (!id || typeof sid !== "string") return null;
  const [user, revoked] = await Promise.all([
    prisma.user.findUnique({
      where: { id },
      select: { id: true, name: true, email: true, role: true, active: true, sessionVersion: true, hourCycle: true, memberships: { select: { clinicId: true } } },
    }),
    prisma.revokedSession.findUnique({ where: { tokenId: sid }, select: { tokenId: true } }),
  ]);
  if (!user?.active || revoked || user.sessionVersion !== session?.sv) return null;
  const clinicIds =
    user.role === "ADMIN"
      ? (await prisma.clinic.findMany({ select: { id: true } })).map((c) => c.id)
      : user.memberships.map((m) => m.clinicId);
  const hourCycle = user.hourCycle === "h12" || user.hourCycle === "h23" ? user.hourCycle : null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, clinicIds, hourCycle };
});

/** For pages: the signed-in user, or a redirect to the login page. */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : "/login");
  return user;
}

/** For admin pages: a signed-in admin, a redirect to login, or 403. */
export async function requireAdmin(returnTo?: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (user.role !== "ADMIN") forbidden();
  return user;
}

/** For server actions: throws an AppError the action turns into a typed failure. */
export async function authorize(role: "STAFF" | "ADMIN" = "STAFF"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Please sign in again.");
  if (role === "ADMIN" && user.role !== "ADMIN") {
    throw new AppError("FORBIDDEN", "Only administrators can do this.");
  }
  return user;
}
