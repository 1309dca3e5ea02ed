import "server-only";
import type { AppPrismaClient } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/lists/list-params";
import { by, pageOf, sortWhitelist } from "./paging";

const PROVIDER_ORDER = sortWhitelist<Prisma.ProviderOrderByWithRelationInput>({ name: by("name"), title: by("title", "name"), active: by("active", "name") });
export const PROVIDER_SORTS = PROVIDER_ORDER.keys;
export type ProviderSort = (typeof PROVIDER_SORTS)[number];

const PROVIDER_ROW = {
  id: true,
  name: true,
  title: true,
  active: true,
  clinics: { select: { clinic: { select: { name: true } } }, orderBy: { clinic: { name: "asc" } } },
  _count: { select: { services: true } },
} satisfies Prisma.ProviderSelect;

export async function listProviders(db: AppPrismaClient, params: ListParams<ProviderSort>, clinicId: string | null) {
  const where: Prisma.ProviderWhereInput = {
    ...(params.q ? { OR: [{ name: { contains: params.q, mode: "insensitive" } }, { title: { contains: params.q, mode: "insensitive" } }] } : {}),
    ...(clinicId ? { clinics: { some: { clinicId } } } : {}),
  };
  const orderBy = PROVIDER_ORDER.orderBy(params);
  return pageOf(params, () => db.provider.count({ where }), (page) => db.provider.findMany({ where, orderBy, ...page, select: PROVIDER_ROW }));
}

/** Clinics with what the provider form needs: zone (time off) and opening hours (the outside-hours flag). */
export async function clinicOptionsWithHours(db: AppPrismaClient) {
  return db.clinic.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      timeZone: true,
      locale: true,
      active: true,
      hours: { select: { weekday: true, startMinute: true, endMinute: true }, orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
    },
  });
}

export async function getProviderForEdit(db: AppPrismaClient, id: string) {
  return db.provider.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      title: true,
      active: true,
      services: { select: { serviceId: true } },
      clinics: { select: { clinicId: true } },
      availability: {
        select: { clinicId: true, weekday: true, startMinute: true, endMinute: true },
        orderBy: [{ weekday: "asc" }, { startMinute: "asc" }],
      },
      timeOff: { select: { startsAt: true, endsAt: true, reason: true }, orderBy: { startsAt: "asc" } },
      _count: { select: { appointments: true } },
    },
  });
}
