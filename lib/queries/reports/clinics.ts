import type { Db } from "@/lib/database/client";

export type ReportClinic = { id: string; name: string; timeZone: string };

/** The clinics a user may report on (their ids), by name. */
export async function reportClinics(db: Db, clinicIds: readonly string[]): Promise<ReportClinic[]> {
  if (clinicIds.length === 0) return [];
  return db.$queryRaw<ReportClinic[]>`
    SELECT id, name, time_zone AS "timeZone" FROM clinics WHERE id = ANY(${[...clinicIds]}::text[]) ORDER BY name`;
}
