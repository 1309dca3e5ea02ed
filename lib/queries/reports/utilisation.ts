// Provider utilisation: booked hours against available hours per provider, clinic and week. Available = the weekly
// availability expanded day by day in the clinic's zone (DST-correct), minus the clinic's closure days and the
// provider's time off; booked = appointments not cancelled (a no-show still held the time). All in one statement.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/database/client";
import { num } from "./db";

export type UtilisationRow = {
  week: string;
  providerId: string;
  providerName: string;
  clinicName: string;
  availableMinutes: number;
  bookedMinutes: number;
};

export async function providerUtilisation(db: Db, q: { clinicId: string | null; fromAt: Date; toAt: Date }): Promise<UtilisationRow[]> {
  const clinicFilter = q.clinicId === null ? Prisma.empty : Prisma.sql`AND c.id = ${q.clinicId}`;
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH days AS (
      SELECT c.id AS clinic_id, c.time_zone, d::date AS day
      FROM clinics c
      CROSS JOIN LATERAL generate_series((${q.fromAt}::timestamptz AT TIME ZONE c.time_zone)::date,
                                         ((${q.toAt}::timestamptz - interval '1 millisecond') AT TIME ZONE c.time_zone)::date, interval '1 day') d
      WHERE c.active ${clinicFilter}
    ),
    raw_slots AS (
      SELECT pa.provider_id, d.clinic_id, d.day,
             (d.day + make_interval(mins => pa.start_minute)) AT TIME ZONE d.time_zone AS s,
             (d.day + make_interval(mins => pa.end_minute)) AT TIME ZONE d.time_zone AS e
      FROM days d
      JOIN provider_availability pa ON pa.clinic_id = d.clinic_id AND pa.weekday = EXTRACT(ISODOW FROM d.day)
      JOIN providers pr ON pr.id = pa.provider_id AND pr.active
      WHERE NOT EXISTS (SELECT 1 FROM clinic_closures cc WHERE cc.clinic_id = d.clinic_id AND cc.date = d.day)
    ),
    -- Cut to the period (its days may be another zone's, e.g. UTC for all clinics).
    slots AS (
      SELECT provider_id, clinic_id, day, GREATEST(s, ${q.fromAt}::timestamptz) AS s, LEAST(e, ${q.toAt}::timestamptz) AS e
      FROM raw_slots WHERE s < ${q.toAt}::timestamptz AND e > ${q.fromAt}::timestamptz
    ),
    avail AS (
      SELECT s.provider_id, s.clinic_id, date_trunc('week', s.day)::date AS week,
             SUM(EXTRACT(EPOCH FROM (s.e - s.s)) / 60
                 - COALESCE((SELECT SUM(EXTRACT(EPOCH FROM (LEAST(s.e, t.ends_at) - GREATEST(s.s, t.starts_at))) / 60)
                             FROM provider_time_off t WHERE t.provider_id = s.provider_id AND t.starts_at < s.e AND t.ends_at > s.s), 0)) AS minutes
      FROM slots s
      GROUP BY 1, 2, 3
    ),
    booked AS (
      SELECT a.provider_id, a.clinic_id, date_trunc('week', (a.starts_at AT TIME ZONE c.time_zone)::date)::date AS week,
             SUM(EXTRACT(EPOCH FROM (a.ends_at - a.starts_at)) / 60) AS minutes
      FROM clinics c JOIN appointments a ON a.clinic_id = c.id
      WHERE a.starts_at >= ${q.fromAt} AND a.starts_at < ${q.toAt} AND a.status <> 'CANCELLED' ${clinicFilter}
      GROUP BY 1, 2, 3
    )
    SELECT to_char(COALESCE(av.week, b.week), 'YYYY-MM-DD') AS week, pr.id AS provider_id, pr.name AS provider_name, c.name AS clinic_name,
           COALESCE(av.minutes, 0) AS available, COALESCE(b.minutes, 0) AS booked
    FROM avail av
    FULL JOIN booked b ON b.provider_id = av.provider_id AND b.clinic_id = av.clinic_id AND b.week = av.week
    JOIN providers pr ON pr.id = COALESCE(av.provider_id, b.provider_id)
    JOIN clinics c ON c.id = COALESCE(av.clinic_id, b.clinic_id)
    ORDER BY 1, pr.name, c.name`;
  return rows.map((r) => ({
    week: r.week as string,
    providerId: r.provider_id as string,
    providerName: r.provider_name as string,
    clinicName: r.clinic_name as string,
    availableMinutes: Math.round(num(r.available)),
    bookedMinutes: Math.round(num(r.booked)),
  }));
}
