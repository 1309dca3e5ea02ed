// The audit log, filtered and paged, with each record's current name found in the same statement (no N+1).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/database/client";

export type AuditFilter = {
  fromAt: Date;
  toAt: Date;
  actorId: string | null;
  action: string | null;
  entityType: string | null;
  entityId: string | null;
};

export type AuditRow = {
  id: string;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  subject: string | null;
  patientId: string | null;
  details: unknown;
};

function where(f: AuditFilter): Prisma.Sql {
  const parts = [Prisma.sql`l.at >= ${f.fromAt}`, Prisma.sql`l.at < ${f.toAt}`];
  if (f.actorId) parts.push(Prisma.sql`l.actor_id = ${f.actorId}`);
  if (f.action) parts.push(Prisma.sql`l.action = ${f.action}`);
  if (f.entityType) parts.push(Prisma.sql`l.entity_type = ${f.entityType}`);
  if (f.entityId) parts.push(Prisma.sql`l.entity_id = ${f.entityId}`);
  return Prisma.join(parts, " AND ");
}

/** Newest first; `limit` + `offset` paging (the caller asks for one row more to know whether a next page exists). */
export async function auditEntries(db: Db, f: AuditFilter, page: { limit: number; offset: number }): Promise<AuditRow[]> {
  return db.$queryRaw<AuditRow[]>`
    SELECT l.id, l.at, l.actor_id AS "actorId", u.name AS "actorName", l.action, l.entity_type AS "entityType",
           l.entity_id AS "entityId", l.details,
           CASE l.entity_type
             WHEN 'Patient' THEN pt.first_name || ' ' || pt.last_name
             WHEN 'PackagePurchase' THEN ppt.first_name || ' ' || ppt.last_name || ' (' || pp.package_name || ')'
             WHEN 'Appointment' THEN apt.first_name || ' ' || apt.last_name || ' (' || asv.name || ')'
             WHEN 'BookingBatch' THEN bpt.first_name || ' ' || bpt.last_name
             WHEN 'Clinic' THEN c.name
             WHEN 'Service' THEN s.name
             WHEN 'Provider' THEN pr.name
             WHEN 'Package' THEN pk.name
             WHEN 'User' THEN eu.name
           END AS subject,
           CASE l.entity_type
             WHEN 'Patient' THEN pt.id
             WHEN 'PackagePurchase' THEN pp.patient_id
             WHEN 'Appointment' THEN ap.patient_id
             WHEN 'BookingBatch' THEN bp.patient_id
           END AS "patientId"
    FROM (
      SELECT * FROM audit_log l WHERE ${where(f)} ORDER BY l.at DESC, l.id DESC LIMIT ${page.limit} OFFSET ${page.offset}
    ) l
    LEFT JOIN users u ON u.id = l.actor_id
    LEFT JOIN patients pt ON l.entity_type = 'Patient' AND pt.id = l.entity_id
    LEFT JOIN package_purchases pp ON l.entity_type = 'PackagePurchase' AND pp.id = l.entity_id
    LEFT JOIN patients ppt ON ppt.id = pp.patient_id
    LEFT JOIN appointments ap ON l.entity_type = 'Appointment' AND ap.id = l.entity_id
    LEFT JOIN patients apt ON apt.id = ap.patient_id
    LEFT JOIN services asv ON asv.id = ap.service_id
    LEFT JOIN booking_batches b ON l.entity_type = 'BookingBatch' AND b.id = l.entity_id
    LEFT JOIN package_purchases bp ON bp.id = b.purchase_id
    LEFT JOIN patients bpt ON bpt.id = bp.patient_id
    LEFT JOIN clinics c ON l.entity_type = 'Clinic' AND c.id = l.entity_id
    LEFT JOIN services s ON l.entity_type = 'Service' AND s.id = l.entity_id
    LEFT JOIN providers pr ON l.entity_type = 'Provider' AND pr.id = l.entity_id
    LEFT JOIN packages pk ON l.entity_type = 'Package' AND pk.id = l.entity_id
    LEFT JOIN users eu ON l.entity_type = 'User' AND eu.id = l.entity_id
    ORDER BY l.at DESC, l.id DESC`;
}

/** Who can be filtered on: every user who appears in the log, by name. */
export async function auditActors(db: Db): Promise<{ id: string; name: string }[]> {
  return db.$queryRaw<{ id: string; name: string }[]>`
    SELECT u.id, u.name FROM users u WHERE EXISTS (SELECT 1 FROM audit_log l WHERE l.actor_id = u.id) ORDER BY u.name, u.id`;
}
