import "server-only";
import type { AppPrismaClient } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/lists/list-params";
import { by, pageOf, sortWhitelist } from "./paging";
import { accountKey } from "@/lib/security/throttle-keys";

const STAFF_ORDER = sortWhitelist<Prisma.UserOrderByWithRelationInput>({ name: by("name"), email: by("email"), role: by("role", "name") });
export const STAFF_SORTS = STAFF_ORDER.keys;
export type StaffSort = (typeof STAFF_SORTS)[number];

const STAFF_ROW = {
  id: true, name: true, email: true, role: true, active: true,
  memberships: { select: { clinic: { select: { name: true } } }, orderBy: { clinic: { name: "asc" } } },
} satisfies Prisma.UserSelect;

export async function listStaff(db: AppPrismaClient, params: ListParams<StaffSort>) {
  const terms = params.q.split(/\s+/).filter(Boolean).slice(0, 4);
  const where: Prisma.UserWhereInput = {
    AND: terms.map((term) => ({
      OR: [{ name: { contains: term, mode: "insensitive" as const } }, { email: { contains: term, mode: "insensitive" as const } }],
    })),
  };
  const orderBy = STAFF_ORDER.orderBy(params);
  return pageOf(params, () => db.user.count({ where }), (page) => db.user.findMany({ where, orderBy, ...page, select: STAFF_ROW }));
}

export async function getStaffForEdit(db: AppPrismaClient, id: string) {
  return db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, active: true, memberships: { select: { clinicId: true } } },
  });
}

/** Until when the account's sign-in is locked by failed attempts (null: not locked). */
export async function signInLockedUntil(db: AppPrismaClient, email: string, now: Date): Promise<Date | null> {
  const row = await db.loginThrottle.findUnique({ where: { key: accountKey(email) }, select: { lockedUntil: true } });
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

export type StaffForEdit = NonNullable<Awaited<ReturnType<typeof getStaffForEdit>>>;
