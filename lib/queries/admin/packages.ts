import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/lists/list-params";

export const PACKAGE_SORTS = ["name", "price", "validity", "updated"] as const;
export type PackageSort = (typeof PACKAGE_SORTS)[number];
export const PACKAGES_PAGE_SIZE = 25;

const itemSelect = {
  orderBy: [{ sessions: "desc" }, { service: { name: "asc" } }],
  select: { serviceId: true, sessions: true, service: { select: { name: true, durationMin: true } } },
} satisfies Prisma.Package$itemsArgs;

function orderBy(params: ListParams<PackageSort>): Prisma.PackageOrderByWithRelationInput[] {
  const dir = params.dir;
  switch (params.sort) {
    case "price":
      return [{ priceMinor: dir }, { name: "asc" }];
    case "validity":
      return [{ validityDays: dir }, { name: "asc" }];
    case "updated":
      return [{ updatedAt: dir }, { id: "asc" }];
    default:
      return [{ name: dir }, { id: "asc" }];
  }
}

export async function listPackages(params: ListParams<PackageSort>) {
  const where: Prisma.PackageWhereInput = params.q ? { name: { contains: params.q, mode: "insensitive" } } : {};
  const [total, rows] = await Promise.all([
    prisma.package.count({ where }),
    prisma.package.findMany({
      where,
      orderBy: orderBy(params),
      skip: (params.page - 1) * PACKAGES_PAGE_SIZE,
      take: PACKAGES_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        priceMinor: true,
        validityDays: true,
        active: true,
        saleEndsOn: true,
        minDaysBetween: true,
        maxPerWeek: true,
        items: itemSelect,
        _count: { select: { purchases: true, allowedProviders: true } },
      },
    }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / PACKAGES_PAGE_SIZE)) };
}

export type PackageListRow = Awaited<ReturnType<typeof listPackages>>["rows"][number];

export async function getPackageForEdit(id: string) {
  return prisma.package.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      description: true,
      priceMinor: true,
      validityDays: true,
      active: true,
      saleEndsOn: true,
      defaultClinicId: true,
      minDaysBetween: true,
      maxPerWeek: true,
      maxActivePerPatient: true,
      items: itemSelect,
      allowedProviders: { select: { providerId: true } },
      _count: { select: { purchases: true } },
    },
  });
}

export type PackageForEdit = NonNullable<Awaited<ReturnType<typeof getPackageForEdit>>>;

/** What the package form offers: services, clinics and providers with the services they are qualified for. */
export async function packageFormOptions() {
  const [services, clinics, providers] = await Promise.all([
    prisma.service.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, durationMin: true, active: true } }),
    prisma.clinic.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, active: true } }),
    prisma.provider.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, title: true, active: true, services: { select: { serviceId: true } } },
    }),
  ]);
  return {
    services,
    clinics,
    providers: providers.map((p) => ({ id: p.id, name: p.name, title: p.title, active: p.active, serviceIds: p.services.map((s) => s.serviceId) })),
  };
}

export type PackageFormOptions = Awaited<ReturnType<typeof packageFormOptions>>;
