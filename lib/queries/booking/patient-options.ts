import type { Db } from "@/lib/database/client";
import type { PatientOption } from "@/lib/booking/types";
import { formatCalendarDate, fullName } from "@/lib/format";
import { patientSearchWhere } from "@/lib/queries/patient-search";

/** Up to 20 active patients matching every word of the query (name, patient number, email, phone). */
export async function searchPatientOptions(prisma: Db, q: string): Promise<PatientOption[]> {
  if (q.trim().length === 0) return [];
  const rows = await prisma.patient.findMany({
    where: patientSearchWhere(q),
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    take: 20,
    select: { id: true, firstName: true, lastName: true, identifier: true, dateOfBirth: true, notes: true },
  });
  return rows.map((r) => ({ id: r.id, name: fullName(r), identifier: r.identifier, dateOfBirth: formatCalendarDate(r.dateOfBirth), notes: r.notes }));
}
