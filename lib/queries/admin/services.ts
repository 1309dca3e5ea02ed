import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/lists/list-params";

export const SERVICE_SORTS = ["name", "durationMin", "priceMinor", "active"] as const;
export type ServiceSort = (typeof SERVICE_SORTS)[number];
const PAGE_SIZE = 25;

export async function listServices(params: ListParams<ServiceSort>) {
  const where: Prisma.ServiceWhereInput = params.q ? { name: { contains: params.q, mode: "insensitive" } } : {};
  const [total, rows] = await Promise.all([
    prisma.service.count({ where }),
    prisma.service.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { name: "asc" }, { id: "asc" }],
      skip: (params.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
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
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export async function getServiceForEdit(id: string) {
  return prisma.service.findUnique({
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
export async function serviceOptions() {
  return prisma.service.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, active: true } });
}
