import type { AppPrismaClient } from "@/lib/database/client";

export type PlannedRow = { providerId: string; start: Date; end: Date; blockEnd: Date };

/**
 * After an exclusion constraint stopped a batch (and its transaction rolled back): which planned session now
 * overlaps an active appointment, of its provider (with the service's buffer) or of the patient — the two
 * constraints' own rules. One read. The competing booking has committed by then (the constraint waits for it), so
 * it is visible. Sessions being moved are left out: after the rollback they still hold their old times. Returns the
 * first clashing row's index in `rows`, or null (the competitor was cancelled again in the meantime).
 */
export async function findClashingRow(
  prisma: AppPrismaClient,
  patientId: string,
  rows: PlannedRow[],
  excludeAppointmentIds: string[],
): Promise<number | null> {
  if (rows.length === 0) return null;
  const found = await prisma.$queryRaw<{ idx: bigint | number }[]>`
    SELECT s.idx
      FROM unnest(${rows.map((r) => r.providerId)}::text[], ${rows.map((r) => r.start.toISOString())}::timestamptz[],
                  ${rows.map((r) => r.end.toISOString())}::timestamptz[], ${rows.map((r) => r.blockEnd.toISOString())}::timestamptz[])
           WITH ORDINALITY AS s(provider_id, starts_at, ends_at, block_ends_at, idx)
     WHERE EXISTS (
             SELECT 1 FROM appointments a
              WHERE a.status IN ('SCHEDULED', 'CHECKED_IN', 'COMPLETED')
                AND a.id <> ALL(${excludeAppointmentIds}::text[])
                AND ((a.provider_id = s.provider_id
                      AND tstzrange(a.starts_at, a.block_ends_at, '[)') && tstzrange(s.starts_at, s.block_ends_at, '[)'))
                  OR (a.patient_id = ${patientId}
                      AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(s.starts_at, s.ends_at, '[)'))))
     ORDER BY s.idx
     LIMIT 1`;
  return found.length > 0 ? Number(found[0].idx) - 1 : null;
}
