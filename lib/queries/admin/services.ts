import "server-only";
import type { AppPrismaClient } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/lists/list-params";
import { by, nameContains, pageOf, sortWhitelist } from "./paging";

const SERVICE_ORDER = sortWhitelist<Prisma.ServiceOrderByWithRelationInput>({
  name: by("name"),
  durationMin: by("durationMin", "name"),
  priceMinor: by("priceMinor", "name"),
  active: by("active", "name"),
});
export const SERVICE_SORTS = SERVICE_ORDER.keys;
export type ServiceSort = (typeof SERVICE_SORTS)[number];

const SERVICE_FIELDS = { id: true, name: true, durationMin: true, bufferAfterMin: true, priceMinor: true, colour: true, active: true } satisfies Prisma.ServiceSelect;

export async function listServices(db: AppPrismaClient, params: ListParams<ServiceSort>) {
  const where: Prisma.ServiceWhereInput = nameContains(params.q);
  const orderBy = SERVICE_ORDER.orderBy(params);
  const select = { ...SERVICE_FIELDS, _count: { select: { clinics: true, providers: true } } } satisfies Prisma.ServiceSelect;
  return pageOf(params, () => db.service.count({ where }), (page) => db.service.findMany({ where, orderBy, ...page, select }));
}

export async function getServiceForEdit(db: AppPrismaClient, id: string) {
  return db.service.findUnique({
    where: { id },
    select: { ...SERVICE_FIELDS, _count: { select: { appointments: true, packageItems: true } } },
  });
}

/** Services for checkbox lists on the clinic and provider forms (inactive ones shown only if already chosen). */
export async function serviceOptions(db: AppPrismaClient) {
  return db.service.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, active: true } });
}
