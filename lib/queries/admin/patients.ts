import "server-only";
import type { PatientListRow } from "@/lib/patients/types";
import type { AppPrismaClient } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseListParams, type ListParams } from "@/lib/lists/list-params";
import { PATIENT_IDENTITY, PATIENT_PREFERENCES } from "@/lib/queries/patient-fields";
import { patientSearchWhere } from "@/lib/queries/patient-search";
import { PATIENT_NUMBER_PREFIX } from "@/lib/validations/patient";
import { by, pageOf, sortWhitelist } from "./paging";

const PATIENT_ORDER = sortWhitelist<Prisma.PatientOrderByWithRelationInput>({
  name: (dir) => [{ lastName: dir }, { firstName: dir }, { id: "asc" }],
  identifier: by("identifier"),
  dateOfBirth: by("dateOfBirth"),
});
export const PATIENT_SORTS = PATIENT_ORDER.keys;
export type PatientSort = (typeof PATIENT_SORTS)[number];

const PATIENT_ROW = {
  ...PATIENT_IDENTITY,
  email: true,
  phone: true,
  preferredClinic: { select: { name: true } },
} satisfies Prisma.PatientSelect;

export async function listPatients(db: AppPrismaClient, params: ListParams<PatientSort>, options: { active: boolean }) {
  const where = patientSearchWhere(params.q, options.active);
  const orderBy = PATIENT_ORDER.orderBy(params);
  return pageOf(params, () => db.patient.count({ where }), (page) => db.patient.findMany({ where, orderBy, ...page, select: PATIENT_ROW }));
}

export async function countInactivePatients(db: AppPrismaClient): Promise<number> {
  return db.patient.count({ where: { active: false } });
}

/** What the admin patient list pages show: the page of patients and, for the active list, how many are deactivated. */
export async function patientAdminList(db: AppPrismaClient, rawParams: Record<string, string | string[] | undefined>, active: boolean) {
  const params = parseListParams(rawParams, PATIENT_SORTS, { sort: "name" });
  const [{ rows, total, pageCount }, inactive] = await Promise.all([listPatients(db, params, { active }), active ? countInactivePatients(db) : 0]);
  return { params, rows: rows satisfies PatientListRow[], total, pageCount, inactive };
}

export async function getPatientForEdit(db: AppPrismaClient, id: string) {
  return db.patient.findUnique({
    where: { id },
    select: {
      ...PATIENT_IDENTITY,
      email: true,
      phone: true,
      notes: true,
      preferredClinicId: true,
      ...PATIENT_PREFERENCES,
      active: true,
    },
  });
}

export type PatientForEdit = NonNullable<Awaited<ReturnType<typeof getPatientForEdit>>>;

/**
 * The next free "CAD-nnnnnn" after the highest one in use. A suggestion only: the unique index decides, and the
 * form lets staff type another number.
 */
export async function suggestPatientNumber(db: AppPrismaClient): Promise<string> {
  const last = await db.patient.findFirst({
    where: { identifier: { startsWith: PATIENT_NUMBER_PREFIX } },
    orderBy: { identifier: "desc" },
    select: { identifier: true },
  });
  const n = last ? Number(last.identifier.slice(PATIENT_NUMBER_PREFIX.length)) : 0;
  const next = Number.isSafeInteger(n) ? n + 1 : 1;
  return `${PATIENT_NUMBER_PREFIX}${String(next).padStart(6, "0")}`;
}
