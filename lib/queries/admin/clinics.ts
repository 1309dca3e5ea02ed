import "server-only";
import type { AppPrismaClient } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/lists/list-params";
import { by, nameContains, pageOf, sortWhitelist } from "./paging";

const CLINIC_ORDER = sortWhitelist<Prisma.ClinicOrderByWithRelationInput>({ name: by("name"), timeZone: by("timeZone", "name"), active: by("active", "name") });
export const CLINIC_SORTS = CLINIC_ORDER.keys;
export type ClinicSort = (typeof CLINIC_SORTS)[number];

const CLINIC_ROW = { id: true, name: true, address: true, timeZone: true, active: true, _count: { select: { services: true, providers: true } } } satisfies Prisma.ClinicSelect;

export async function listClinics(db: AppPrismaClient, params: ListParams<ClinicSort>) {
  const where: Prisma.ClinicWhereInput = nameContains(params.q);
  const orderBy = CLINIC_ORDER.orderBy(params);
  return pageOf(params, () => db.clinic.count({ where }), (page) => db.clinic.findMany({ where, orderBy, ...page, select: CLINIC_ROW }));
}

/** For filters and pickers. */
export async function clinicNames(db: AppPrismaClient) {
  return db.clinic.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Clinics for checkbox lists and selects (inactive ones shown only if already chosen). */
export async function clinicOptions(db: AppPrismaClient) {
  return db.clinic.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, active: true } });
}

export async function getClinicForEdit(db: AppPrismaClient, id: string) {
  return db.clinic.findUnique({
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
