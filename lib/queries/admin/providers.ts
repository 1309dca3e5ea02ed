import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/lists/list-params";

export const PROVIDER_SORTS = ["name", "title", "active"] as const;
export type ProviderSort = (typeof PROVIDER_SORTS)[number];
const PAGE_SIZE = 25;

export async function listProviders(params: ListParams<ProviderSort>, clinicId: string | null) {
  const where: Prisma.ProviderWhereInput = {
    ...(params.q ? { OR: [{ name: { contains: params.q, mode: "insensitive" } }, { title: { contains: params.q, mode: "insensitive" } }] } : {}),
    ...(clinicId ? { clinics: { some: { clinicId } } } : {}),
  };
  const [total, rows] = await Promise.all([
    prisma.provider.count({ where }),
    prisma.provider.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { name: "asc" }, { id: "asc" }],
      skip: (params.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        title: true,
        active: true,
        clinics: { select: { clinic: { select: { name: true } } }, orderBy: { clinic: { name: "asc" } } },
        _count: { select: { services: true } },
      },
    }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** Clinics with what the provider form needs: zone (time off) and opening hours (the outside-hours flag). */
export async function clinicOptionsWithHours() {
  return prisma.clinic.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      timeZone: true,
      active: true,
      hours: { select: { weekday: true, startMinute: true, endMinute: true }, orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
    },
  });
}

export async function getProviderForEdit(id: string) {
  return prisma.provider.findUnique({
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
