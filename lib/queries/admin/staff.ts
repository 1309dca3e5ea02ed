import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/lists/list-params";
import { accountKey } from "@/lib/security/throttle-keys";

export const STAFF_SORTS = ["name", "email", "role"] as const;
export type StaffSort = (typeof STAFF_SORTS)[number];
export const STAFF_PAGE_SIZE = 25;

function orderBy(params: ListParams<StaffSort>): Prisma.UserOrderByWithRelationInput[] {
  const dir = params.dir;
  if (params.sort === "email") return [{ email: dir }];
  if (params.sort === "role") return [{ role: dir }, { name: "asc" }, { id: "asc" }];
  return [{ name: dir }, { id: "asc" }];
}

export async function listStaff(params: ListParams<StaffSort>) {
  const terms = params.q.split(/\s+/).filter(Boolean).slice(0, 4);
  const where: Prisma.UserWhereInput = {
    AND: terms.map((term) => ({
      OR: [{ name: { contains: term, mode: "insensitive" as const } }, { email: { contains: term, mode: "insensitive" as const } }],
    })),
  };
  const [total, rows] = await Promise.all([
    prisma.user.count({ where }),
    prisma.user.findMany({
      where,
      orderBy: orderBy(params),
      skip: (params.page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        active: true,
        memberships: { select: { clinic: { select: { name: true } } }, orderBy: { clinic: { name: "asc" } } },
      },
    }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE)) };
}

export async function getStaffForEdit(id: string) {
  return prisma.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, active: true, memberships: { select: { clinicId: true } } },
  });
}

/** Until when the account's sign-in is locked by failed attempts (null: not locked). */
export async function signInLockedUntil(email: string, now: Date): Promise<Date | null> {
  const row = await prisma.loginThrottle.findUnique({ where: { key: accountKey(email) }, select: { lockedUntil: true } });
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

export type StaffForEdit = NonNullable<Awaited<ReturnType<typeof getStaffForEdit>>>;
