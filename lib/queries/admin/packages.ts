import "server-only";
import type { AppPrismaClient } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/lists/list-params";
import { PACKAGE_TERMS } from "@/lib/queries/booking/sellable";
import { by, nameContains, pageOf, sortWhitelist } from "./paging";

const itemSelect = {
  orderBy: [{ sessions: "desc" }, { service: { name: "asc" } }],
  select: { serviceId: true, sessions: true, service: { select: { name: true, durationMin: true } } },
} satisfies Prisma.Package$itemsArgs;

const PACKAGE_ORDER = sortWhitelist<Prisma.PackageOrderByWithRelationInput>({
  name: by("name"),
  price: by("priceMinor", "name"),
  validity: by("validityDays", "name"),
  updated: by("updatedAt"),
});
export const PACKAGE_SORTS = PACKAGE_ORDER.keys;
export type PackageSort = (typeof PACKAGE_SORTS)[number];

const PACKAGE_ROW = {
  id: true, name: true, priceMinor: true, currency: true, validityDays: true, active: true, saleEndsOn: true, minDaysBetween: true, maxPerWeek: true,
  items: itemSelect,
  _count: { select: { purchases: true, allowedProviders: true } },
} satisfies Prisma.PackageSelect;

export async function listPackages(db: AppPrismaClient, params: ListParams<PackageSort>) {
  const where: Prisma.PackageWhereInput = nameContains(params.q);
  const orderBy = PACKAGE_ORDER.orderBy(params);
  return pageOf(params, () => db.package.count({ where }), (page) => db.package.findMany({ where, orderBy, ...page, select: PACKAGE_ROW }));
}

export type PackageListRow = Awaited<ReturnType<typeof listPackages>>["rows"][number];

export async function getPackageForEdit(db: AppPrismaClient, id: string) {
  return db.package.findUnique({
    where: { id },
    select: {
      ...PACKAGE_TERMS,
      description: true,
      active: true,
      defaultClinicId: true,
      minDaysBetween: true,
      maxPerWeek: true,
      items: itemSelect,
      allowedProviders: { select: { providerId: true } },
      _count: { select: { purchases: true } },
    },
  });
}

export type PackageForEdit = NonNullable<Awaited<ReturnType<typeof getPackageForEdit>>>;

/**
 * What the package form offers: services, clinics, providers with the services they are qualified for, and the
 * currencies the active clinics sell in (a template is sold only where its currency is).
 */
export async function packageFormOptions(db: AppPrismaClient) {
  const [services, clinics, providers, currencies] = await Promise.all([
    db.service.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, durationMin: true, active: true } }),
    db.clinic.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, active: true } }),
    db.provider.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, title: true, active: true, services: { select: { serviceId: true } } },
    }),
    db.clinic.findMany({ where: { active: true }, distinct: ["currency"], orderBy: { currency: "asc" }, select: { currency: true } }),
  ]);
  return {
    services,
    clinics,
    currencies: currencies.map((c) => c.currency),
    providers: providers.map((p) => ({ id: p.id, name: p.name, title: p.title, active: p.active, serviceIds: p.services.map((s) => s.serviceId) })),
  };
}

export type PackageFormOptions = Awaited<ReturnType<typeof packageFormOptions>>;
