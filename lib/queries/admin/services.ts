import "server-only";
import type { AppPrismaClient } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/lists/list-params";
import { nameContains, pageOf, sortWhitelist } from "./paging";

const SERVICE_ORDER = sortWhitelist<"name" | "durationMin" | "priceMinor" | "active", Prisma.ServiceOrderByWithRelationInput>({
  name: (dir) => [{ name: dir }, { id: "asc" }],
  durationMin: (dir) => [{ durationMin: dir }, { name: "asc" }, { id: "asc" }],
  priceMinor: (dir) => [{ priceMinor: dir }, { name: "asc" }, { id: "asc" }],
  active: (dir) => [{ active: dir }, { name: "asc" }, { id: "asc" }],
});
export const SERVICE_SORTS = SERVICE_ORDER.keys;
export type ServiceSort = (typeof SERVICE_SORTS)[number];

export async function listServices(db: AppPrismaClient, params: ListParams<ServiceSort>) {
  const where: Prisma.ServiceWhereInput = nameContains(params.q);
  return pageOf(params, {
    count: () => db.service.count({ where }),
    rows: (window) =>
      db.service.findMany({
        where,
        orderBy: SERVICE_ORDER.orderBy(params),
        ...window,
        select: {
          id: true,
          name: true,
          durationMin: true,
          bufferAfterMin: true,
          priceMinor: true,
          colour: true,
          active: true,
          _count: { select: { clinics: true, providers: true } },
        },
      }),
  });
}

export async function getServiceForEdit(db: AppPrismaClient, id: string) {
  return db.service.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      durationMin: true,
      bufferAfterMin: true,
      priceMinor: true,
      colour: true,
      active: true,
      _count: { select: { appointments: true, packageItems: true } },
    },
  });
}

/** Services for checkbox lists on the clinic and provider forms (inactive ones shown only if already chosen). */
export async function serviceOptions(db: AppPrismaClient) {
  return db.service.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, active: true } });
}
