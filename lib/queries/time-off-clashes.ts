import "server-only";
import type { Db } from "@/lib/database/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TimeOffClash } from "@/lib/appointments/types";
import { formatTime, fullName, zoneLabel } from "@/lib/format";

export const TIME_OFF_CLASHES_LIMIT = 100;

/** A clash as the pages show it: who is away, and why when the time off says. */
export type TimeOffClashRow = TimeOffClash & {
  providerId: string;
  providerName: string;
  timeOffReason: string | null;
  startsAt: Date;
  /** A checked-in patient is not moved by a re-plan (reschedule or cancel it instead). */
  checkedIn: boolean;
};

type Raw = {
  appointment_id: string;
  patient_id: string;
  first_name: string;
  last_name: string;
  service_name: string;
  clinic_name: string;
  time_zone: string;
  purchase_id: string | null;
  starts_at: Date | string;
  ends_at: Date | string;
  provider_id: string;
  provider_name: string;
  reason: string | null;
  status: string;
};

const dateLabel = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short", year: "numeric" }).format(instant);

/**
 * Booked appointments (scheduled or checked in, starting after `now`) that overlap time off of their own provider,
 * at the given clinics, soonest first; each once, with its earliest overlapping time off. One query, started from
 * the time off (hundreds of rows at clinic-group scale, against ~160 000 future appointments): for each future
 * time off, the provider's overlapping appointments come from the GiST
 * index of the no-overlap constraint (its range runs to block_ends_at ≥ ends_at, so it finds a superset; the exact
 * overlap is checked after).
 */
export async function timeOffClashes(prisma: Db, params: {
  clinicIds: readonly string[];
  now: Date;
  providerId?: string;
  patientId?: string;
  limit?: number;
}): Promise<TimeOffClashRow[]> {
  if (params.clinicIds.length === 0) return [];
  const clinics = Prisma.join([...params.clinicIds]);
  const byProvider = params.providerId ? Prisma.sql`AND t.provider_id = ${params.providerId}` : Prisma.empty;
  const byPatient = params.patientId ? Prisma.sql`AND a.patient_id = ${params.patientId}` : Prisma.empty;
  const rows = await prisma.$queryRaw<Raw[]>`
    WITH clash AS (
      SELECT DISTINCT ON (a.id) a.id, t.reason
      FROM provider_time_off t
      JOIN appointments a
        ON a.provider_id = t.provider_id
       AND tstzrange(a.starts_at, a.block_ends_at, '[)') && tstzrange(t.starts_at, t.ends_at, '[)')
       AND a.starts_at < t.ends_at AND a.ends_at > t.starts_at
      WHERE t.ends_at > ${params.now}
        AND a.status IN ('SCHEDULED', 'CHECKED_IN')
        AND a.starts_at > ${params.now}
        AND a.clinic_id IN (${clinics})
        ${byProvider}
        ${byPatient}
      ORDER BY a.id, t.starts_at, t.id
    )
    SELECT a.id AS appointment_id, a.patient_id, pa.first_name, pa.last_name, s.name AS service_name,
           c.name AS clinic_name, c.time_zone, a.purchase_id, a.starts_at, a.ends_at,
           pr.id AS provider_id, pr.name AS provider_name, clash.reason, a.status::text AS status
    FROM clash
    JOIN appointments a ON a.id = clash.id
    JOIN patients pa ON pa.id = a.patient_id
    JOIN services s ON s.id = a.service_id
    JOIN clinics c ON c.id = a.clinic_id
    JOIN providers pr ON pr.id = a.provider_id
    ORDER BY a.starts_at, a.id
    LIMIT ${params.limit ?? TIME_OFF_CLASHES_LIMIT}`;
  return rows.map((r) => {
    const start = new Date(r.starts_at);
    const end = new Date(r.ends_at);
    return {
      appointmentId: r.appointment_id,
      patientId: r.patient_id,
      patientName: fullName({ firstName: r.first_name, lastName: r.last_name }),
      serviceName: r.service_name,
      clinicName: r.clinic_name,
      purchaseId: r.purchase_id,
      dateLabel: dateLabel(start, r.time_zone),
      timeLabel: `${formatTime(start, r.time_zone)}–${formatTime(end, r.time_zone)} ${zoneLabel(start, r.time_zone)}`,
      providerId: r.provider_id,
      providerName: r.provider_name,
      timeOffReason: r.reason,
      startsAt: start,
      checkedIn: r.status === "CHECKED_IN",
    };
  });
}
