// Package liability: what the clinic group still owes its patients in unused, paid sessions, per clinic, with the
// movements of a period. Every figure comes from one SQL statement; docs/reports.md explains the rules.
import { Prisma } from "@/lib/generated/prisma/client";
import { num, type ReportDb } from "./db";

export type LiabilityFigures = {
  opening: number;
  sold: number;
  redeemed: number;
  forfeited: number;
  expired: number;
  cancelled: number;
  closing: number;
};

export type LiabilityRow = {
  clinicId: string | null;
  clinicName: string;
  money: LiabilityFigures;
  sessions: LiabilityFigures;
};

const KINDS = ["sold", "redeemed", "forfeited", "expired", "cancelled"] as const;

/**
 * The purchase's clinic is its template's default clinic, else the patient's preferred clinic (the same rule that
 * picks the zone a purchase's dates are read in); purchases with neither are reported under "No clinic".
 * `clinicId` null: every clinic. The period is [fromAt, toAt), cut off at `now` (the future is not reported).
 */
export async function packageLiability(
  db: ReportDb,
  q: { clinicId: string | null; fromAt: Date; toAt: Date; now: Date },
): Promise<LiabilityRow[]> {
  const toAt = q.toAt.getTime() > q.now.getTime() ? q.now : q.toAt;
  const fromAt = q.fromAt.getTime() > toAt.getTime() ? toAt : q.fromAt;
  const clinicFilter = q.clinicId === null ? Prisma.empty : Prisma.sql`AND COALESCE(pk.default_clinic_id, pt.preferred_clinic_id) = ${q.clinicId}`;
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH p AS (
      SELECT pp.id, pp.price_paid_minor::bigint AS paid, pp.purchased_at,
             LEAST(pp.expires_at, COALESCE(pp.cancelled_at, 'infinity'::timestamptz)) AS cutoff,
             (pp.cancelled_at IS NOT NULL AND pp.cancelled_at < pp.expires_at) AS by_cancel,
             COALESCE(pk.default_clinic_id, pt.preferred_clinic_id) AS clinic_id
      FROM package_purchases pp
      JOIN packages pk ON pk.id = pp.package_id
      JOIN patients pt ON pt.id = pp.patient_id
      WHERE pp.purchased_at < ${toAt} ${clinicFilter}
    ),
    w AS (
      SELECT pi.id, pi.purchase_id, pi.service_id, pi.sessions_total AS n, p.paid,
             pi.sessions_total::bigint * s.price_minor AS by_price, pi.sessions_total::bigint AS by_count
      FROM purchase_items pi JOIN p ON p.id = pi.purchase_id JOIN services s ON s.id = pi.service_id
    ),
    w2 AS (
      -- SUM of bigint is numeric in PostgreSQL: cast back, so the divisions below are integer divisions.
      SELECT w.*, (SUM(by_price) OVER (PARTITION BY purchase_id))::bigint AS sum_price, (SUM(by_count) OVER (PARTITION BY purchase_id))::bigint AS sum_count FROM w
    ),
    w3 AS (
      SELECT id, purchase_id, service_id, n, paid,
             CASE WHEN sum_price > 0 THEN by_price ELSE by_count END AS weight,
             CASE WHEN sum_price > 0 THEN sum_price ELSE sum_count END AS weight_sum
      FROM w2
    ),
    w4 AS (
      SELECT w3.*, paid * weight / NULLIF(weight_sum, 0) AS base, paid * weight % NULLIF(weight_sum, 0) AS rem FROM w3
    ),
    -- Largest remainder: the cents the floors leave over go to the lines with the largest remainders.
    item AS (
      SELECT id, purchase_id, n,
             COALESCE(base, 0) + CASE WHEN ROW_NUMBER() OVER (PARTITION BY purchase_id ORDER BY rem DESC, service_id, id)
                                   <= paid - (SUM(COALESCE(base, 0)) OVER (PARTITION BY purchase_id))::bigint THEN 1 ELSE 0 END AS value
      FROM w4
    ),
    a AS (
      SELECT ap.purchase_item_id AS item_id, ap.id, ap.status, ap.forfeits_session,
             CASE WHEN ap.status = 'CANCELLED' THEN ap.cancelled_at ELSE ap.starts_at END AS event_at
      FROM appointments ap JOIN item ON item.id = ap.purchase_item_id
    ),
    -- Every way a session leaves the balance, one row per appointment (or one row for the sessions that lapse
    -- together at expiry / cancellation), each with its time.
    exit AS (
      SELECT a.item_id, a.id AS tie, a.event_at AS at, 1::bigint AS cnt,
             CASE WHEN a.status = 'COMPLETED' THEN 'redeemed'
                  WHEN a.forfeits_session THEN 'forfeited'
                  WHEN p.by_cancel THEN 'cancelled' ELSE 'expired' END AS kind
      FROM a JOIN item ON item.id = a.item_id JOIN p ON p.id = item.purchase_id
      WHERE a.status = 'COMPLETED' OR a.forfeits_session
         OR (a.status IN ('CANCELLED', 'NO_SHOW') AND a.event_at > p.cutoff)
      UNION ALL
      SELECT item.id, '', p.cutoff, GREATEST(0, item.n - COALESCE(x.settled, 0))::bigint,
             CASE WHEN p.by_cancel THEN 'cancelled' ELSE 'expired' END
      FROM item JOIN p ON p.id = item.purchase_id
      LEFT JOIN (
        SELECT a.item_id, COUNT(*) AS settled
        FROM a JOIN item ON item.id = a.item_id JOIN p ON p.id = item.purchase_id
        WHERE a.status IN ('COMPLETED', 'SCHEDULED', 'CHECKED_IN') OR a.forfeits_session
           OR (a.status IN ('CANCELLED', 'NO_SHOW') AND a.event_at > p.cutoff)
        GROUP BY a.item_id
      ) x ON x.item_id = item.id
      WHERE p.cutoff <> 'infinity'::timestamptz
    ),
    -- Sessions of a line are worth value / n each; the value % n left-over cents go to the first sessions to leave.
    ordered AS (
      SELECT exit.*, item.value / item.n AS unit, item.value % item.n AS extra,
             SUM(cnt) OVER (PARTITION BY exit.item_id ORDER BY at, kind, tie ROWS UNBOUNDED PRECEDING) AS upto
      FROM exit JOIN item ON item.id = exit.item_id
      WHERE cnt > 0 AND item.n > 0
    ),
    ev AS (
      SELECT item.purchase_id, 'sold' AS kind, p.purchased_at AS at, item.n::bigint AS cnt, item.value AS money
      FROM item JOIN p ON p.id = item.purchase_id
      UNION ALL
      SELECT item.purchase_id, o.kind, o.at, o.cnt, o.cnt * o.unit + GREATEST(0, LEAST(o.upto, o.extra) - (o.upto - o.cnt))
      FROM ordered o JOIN item ON item.id = o.item_id
    )
    SELECT p.clinic_id, c.name AS clinic_name,
      SUM(CASE WHEN ev.at < ${fromAt} THEN (CASE WHEN ev.kind = 'sold' THEN 1 ELSE -1 END) * ev.money ELSE 0 END) AS opening_money,
      SUM(CASE WHEN ev.at < ${fromAt} THEN (CASE WHEN ev.kind = 'sold' THEN 1 ELSE -1 END) * ev.cnt ELSE 0 END) AS opening_sessions,
      SUM(CASE WHEN ev.at < ${toAt} THEN (CASE WHEN ev.kind = 'sold' THEN 1 ELSE -1 END) * ev.money ELSE 0 END) AS closing_money,
      SUM(CASE WHEN ev.at < ${toAt} THEN (CASE WHEN ev.kind = 'sold' THEN 1 ELSE -1 END) * ev.cnt ELSE 0 END) AS closing_sessions,
      ${Prisma.join(
        KINDS.map(
          (k) => Prisma.sql`
      SUM(CASE WHEN ev.kind = ${k} AND ev.at >= ${fromAt} AND ev.at < ${toAt} THEN ev.money ELSE 0 END) AS ${Prisma.raw(`${k}_money`)},
      SUM(CASE WHEN ev.kind = ${k} AND ev.at >= ${fromAt} AND ev.at < ${toAt} THEN ev.cnt ELSE 0 END) AS ${Prisma.raw(`${k}_sessions`)}`,
        ),
      )}
    FROM ev JOIN p ON p.id = ev.purchase_id LEFT JOIN clinics c ON c.id = p.clinic_id
    GROUP BY p.clinic_id, c.name
    ORDER BY c.name NULLS LAST`;
  return rows.map((r) => {
    const pick = (suffix: "money" | "sessions"): LiabilityFigures => ({
      opening: num(r[`opening_${suffix}`]),
      sold: num(r[`sold_${suffix}`]),
      redeemed: num(r[`redeemed_${suffix}`]),
      forfeited: num(r[`forfeited_${suffix}`]),
      expired: num(r[`expired_${suffix}`]),
      cancelled: num(r[`cancelled_${suffix}`]),
      closing: num(r[`closing_${suffix}`]),
    });
    return { clinicId: (r.clinic_id as string | null) ?? null, clinicName: (r.clinic_name as string | null) ?? "No clinic", money: pick("money"), sessions: pick("sessions") };
  });
}

/** The sum of several clinics' rows (the report's total line). */
export function liabilityTotal(rows: readonly LiabilityRow[]): LiabilityRow {
  const zero = (): LiabilityFigures => ({ opening: 0, sold: 0, redeemed: 0, forfeited: 0, expired: 0, cancelled: 0, closing: 0 });
  const money = zero();
  const sessions = zero();
  for (const r of rows) {
    for (const k of Object.keys(money) as (keyof LiabilityFigures)[]) {
      money[k] += r.money[k];
      sessions[k] += r.sessions[k];
    }
  }
  return { clinicId: null, clinicName: "All clinics", money, sessions };
}
