import "server-only";
import type { Db } from "@/lib/database/client";
import type { PatientIdentity } from "@/lib/patients/types";
import { PATIENT_IDENTITY } from "@/lib/queries/patient-fields";
import { patientSearchWhere } from "@/lib/queries/patient-search";

export const PATIENTS_PAGE_SIZE = 25;

export type PatientListRow = PatientIdentity & {
  phone: string | null;
  preferredClinic: string | null;
  activePackages: number;
};

/** `now`: a purchase past its expiry is not active, whether or not the scheduler has settled it yet. */
export async function searchPatients(prisma: Db, params: { q: string; page: number; now: Date; pageSize?: number }) {
  const pageSize = params.pageSize ?? PATIENTS_PAGE_SIZE;
  const where = patientSearchWhere(params.q);
  const [total, rows] = await Promise.all([
    prisma.patient.count({ where }),
    prisma.patient.findMany({
      where,
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      skip: (Math.max(1, params.page) - 1) * pageSize,
      take: pageSize,
      select: {
        ...PATIENT_IDENTITY,
        phone: true,
        preferredClinic: { select: { name: true } },
        _count: { select: { purchases: { where: { status: "ACTIVE", expiresAt: { gt: params.now } } } } },
      },
    }),
  ]);
  const list: PatientListRow[] = rows.map((r) => ({
    id: r.id,
    firstName: r.firstName,
    lastName: r.lastName,
    identifier: r.identifier,
    dateOfBirth: r.dateOfBirth,
    phone: r.phone,
    preferredClinic: r.preferredClinic?.name ?? null,
    activePackages: r._count.purchases,
  }));
  return { rows: list, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
