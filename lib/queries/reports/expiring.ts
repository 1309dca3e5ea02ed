// Purchases with unbooked sessions that expire soon: the front desk's call list. One statement; the last visit is
// an index lookup per listed patient (appointments by patient and start).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/database/client";
import { num } from "./db";

export type ExpiringRow = {
  purchaseId: string;
  packageName: string;
  expiresAt: Date;
  patientId: string;
  patientName: string;
  phone: string | null;
  clinicId: string | null;
  clinicName: string | null;
  remaining: { serviceName: string; sessions: number }[];
  remainingTotal: number;
  lastVisit: Date | null;
};

export const EXPIRING_MAX_ROWS = 2_000;

/**
 * Active purchases expiring in (now, now + days] with at least one session neither booked, completed nor forfeited.
 * `clinicIds`: the clinics whose call list it is — a course is theirs by the patient page's rule
 * (purchaseInClinicsWhere: the clinics of its appointments and its package's default clinic). A course with neither
 * is on no desk's list (every desk would call the patient) but on the admins' (`includeUnassigned`). The clinic
 * shown is the latest of the asked clinics the course was booked at, else the template's default clinic, else the
 * patient's preferred clinic.
 */
export async function expiringPurchases(
  db: Db,
  q: { clinicIds: readonly string[]; includeUnassigned: boolean; now: Date; days: number; limit?: number },
): Promise<ExpiringRow[]> {
  const until = new Date(q.now.getTime() + q.days * 86_400_000);
  const ids = [...q.clinicIds];
  const unassigned = q.includeUnassigned ? Prisma.sql`OR COALESCE(pk.default_clinic_id, pt.preferred_clinic_id) IS NULL` : Prisma.empty;
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH p AS (
      SELECT pp.id, pp.package_name, pp.expires_at, pp.patient_id,
             COALESCE((SELECT a.clinic_id FROM appointments a WHERE a.purchase_id = pp.id AND a.clinic_id = ANY(${ids}::text[])
                        ORDER BY a.starts_at DESC LIMIT 1),
                      pk.default_clinic_id, pt.preferred_clinic_id) AS clinic_id,
             pt.first_name || ' ' || pt.last_name AS patient_name, pt.phone
      FROM package_purchases pp
      JOIN packages pk ON pk.id = pp.package_id
      JOIN patients pt ON pt.id = pp.patient_id
      WHERE pp.status = 'ACTIVE' AND pp.expires_at > ${q.now} AND pp.expires_at <= ${until}
        AND (EXISTS (SELECT 1 FROM appointments a WHERE a.purchase_id = pp.id AND a.clinic_id = ANY(${ids}::text[]))
             OR pk.default_clinic_id = ANY(${ids}::text[])
             ${unassigned})
    ),
    left_over AS (
      SELECT pi.purchase_id,
             json_agg(json_build_object('serviceName', s.name, 'sessions', pi.sessions_total - pi.booked - pi.completed - pi.forfeited) ORDER BY s.name)
               FILTER (WHERE pi.sessions_total - pi.booked - pi.completed - pi.forfeited > 0) AS remaining,
             SUM(pi.sessions_total - pi.booked - pi.completed - pi.forfeited) AS remaining_total
      FROM purchase_items pi JOIN p ON p.id = pi.purchase_id JOIN services s ON s.id = pi.service_id
      GROUP BY pi.purchase_id
    )
    SELECT p.id AS purchase_id, p.package_name, p.expires_at, p.patient_id, p.patient_name, p.phone, p.clinic_id, c.name AS clinic_name,
           l.remaining, l.remaining_total,
           (SELECT MAX(a.starts_at) FROM appointments a WHERE a.patient_id = p.patient_id AND a.status = 'COMPLETED') AS last_visit
    FROM p JOIN left_over l ON l.purchase_id = p.id LEFT JOIN clinics c ON c.id = p.clinic_id
    WHERE l.remaining_total > 0
    ORDER BY p.expires_at, p.patient_name, p.id
    LIMIT ${q.limit ?? EXPIRING_MAX_ROWS}`;
  return rows.map((r) => ({
    purchaseId: r.purchase_id as string,
    packageName: r.package_name as string,
    expiresAt: r.expires_at as Date,
    patientId: r.patient_id as string,
    patientName: r.patient_name as string,
    phone: (r.phone as string | null) ?? null,
    clinicId: (r.clinic_id as string | null) ?? null,
    clinicName: (r.clinic_name as string | null) ?? null,
    remaining: ((typeof r.remaining === "string" ? JSON.parse(r.remaining) : r.remaining) ?? []) as { serviceName: string; sessions: number }[],
    remainingTotal: num(r.remaining_total),
    lastVisit: (r.last_visit as Date | null) ?? null,
  }));
}
