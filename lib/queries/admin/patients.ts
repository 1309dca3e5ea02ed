import "server-only";
import type { PatientListRow } from "@/lib/patients/types";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseListParams, type ListParams } from "@/lib/lists/list-params";
import { patientSearchWhere } from "@/lib/queries/patient-search";
import { PATIENT_NUMBER_PREFIX } from "@/lib/validations/patient";

export const PATIENT_SORTS = ["name", "identifier", "dateOfBirth"] as const;
export type PatientSort = (typeof PATIENT_SORTS)[number];
export const ADMIN_PATIENTS_PAGE_SIZE = 25;

function orderBy(params: ListParams<PatientSort>): Prisma.PatientOrderByWithRelationInput[] {
  const dir = params.dir;
  switch (params.sort) {
    case "identifier":
      return [{ identifier: dir }];
    case "dateOfBirth":
      return [{ dateOfBirth: dir }, { id: "asc" }];
    default:
      return [{ lastName: dir }, { firstName: dir }, { id: "asc" }];
  }
}

export async function listPatients(params: ListParams<PatientSort>, options: { active: boolean }) {
  const filter = patientSearchWhere(params.q, options.active);
  const [total, rows] = await Promise.all([
    prisma.patient.count({ where: filter }),
    prisma.patient.findMany({
      where: filter,
      orderBy: orderBy(params),
      skip: (params.page - 1) * ADMIN_PATIENTS_PAGE_SIZE,
      take: ADMIN_PATIENTS_PAGE_SIZE,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        identifier: true,
        dateOfBirth: true,
        email: true,
        phone: true,
        preferredClinic: { select: { name: true } },
      },
    }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / ADMIN_PATIENTS_PAGE_SIZE)) };
}

export async function countInactivePatients(): Promise<number> {
  return prisma.patient.count({ where: { active: false } });
}

/** What the admin patient list pages show: the page of patients and, for the active list, how many are deactivated. */
export async function patientAdminList(rawParams: Record<string, string | string[] | undefined>, active: boolean) {
  const params = parseListParams(rawParams, PATIENT_SORTS, { sort: "name" });
  const [{ rows, total, pageCount }, inactive] = await Promise.all([listPatients(params, { active }), active ? countInactivePatients() : 0]);
  return { params, rows: rows satisfies PatientListRow[], total, pageCount, inactive };
}

export async function getPatientForEdit(id: string) {
  return prisma.patient.findUnique({
    where: { id },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      email: true,
      phone: true,
      identifier: true,
      notes: true,
      preferredClinicId: true,
      preferredWeekdays: true,
      preferredWindows: true,
      weekdaysOnly: true,
      windowsOnly: true,
      unavailableDates: true,
      active: true,
    },
  });
}

export type PatientForEdit = NonNullable<Awaited<ReturnType<typeof getPatientForEdit>>>;

/**
 * The next free "CAD-nnnnnn" after the highest one in use. A suggestion only: the unique index decides, and the
 * form lets staff type another number.
 */
export async function suggestPatientNumber(): Promise<string> {
  const last = await prisma.patient.findFirst({
    where: { identifier: { startsWith: PATIENT_NUMBER_PREFIX } },
    orderBy: { identifier: "desc" },
    select: { identifier: true },
  });
  const n = last ? Number(last.identifier.slice(PATIENT_NUMBER_PREFIX.length)) : 0;
  const next = Number.isSafeInteger(n) ? n + 1 : 1;
  return `${PATIENT_NUMBER_PREFIX}${String(next).padStart(6, "0")}`;
}

export async function clinicOptions() {
  return prisma.clinic.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, active: true } });
}
