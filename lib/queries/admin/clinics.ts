import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/lists/list-params";

export const CLINIC_SORTS = ["name", "timeZone", "active"] as const;
export type ClinicSort = (typeof CLINIC_SORTS)[number];
const PAGE_SIZE = 25;

export async function listClinics(params: ListParams<ClinicSort>) {
  const where: Prisma.ClinicWhereInput = params.q ? { name: { contains: params.q, mode: "insensitive" } } : {};
  const [total, rows] = await Promise.all([
    prisma.clinic.count({ where }),
    prisma.clinic.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { name: "asc" }, { id: "asc" }],
      skip: (params.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        address: true,
        timeZone: true,
        active: true,
        _count: { select: { services: true, providers: true } },
      },
    }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** For filters and pickers. */
export async function clinicNames() {
  return prisma.clinic.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export async function getClinicForEdit(id: string) {
  return prisma.clinic.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      address: true,
      phone: true,
      timeZone: true,
      active: true,
      lateCancelWindowHours: true,
      lateCancelForfeits: true,
      noShowForfeits: true,
      reminderHours: true,
      locale: true,
      emailSenderName: true,
      emailReplyTo: true,
      hours: { select: { weekday: true, startMinute: true, endMinute: true }, orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
      closures: { select: { date: true, reason: true }, orderBy: { date: "asc" } },
      services: { select: { serviceId: true } },
      _count: { select: { appointments: true, providers: true } },
    },
  });
}
