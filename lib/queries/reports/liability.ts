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
  // One clinic: its purchases are found through the template's default clinic or the patients' preferred clinic
  // (both indexed), not by scanning every purchase.
  const clinicFilter =
    q.clinicId === null
      ? Prisma.empty
      : Prisma.sql`AND pp.id IN (
          SELECT pp2.id FROM packages pk2 JOIN package_purchases pp2 ON pp2.package_id = pk2.id WHERE pk2.default_clinic_id = ${q.clinicId}
          UNION ALL
          SELECT pp2.id FROM patients pt2 JOIN package_purchases pp2 ON pp2.patient_id = pt2.id WHERE pt2.preferred_clinic_id = ${q.clinicId})
        AND COALESCE(pk.default_clinic_id, pt.preferred_clinic_id) = ${q.clinicId}`;
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
      SELECT pi.id, pi.purchase_id, pi.service_id, pi.sessions_total AS n, p.paid, p.clinic_id, p.purchased_at, p.cutoff, p.by_cancel,
             pi.sessions_total::bigint * s.price_minor AS by_price, pi.sessions_total::bigint AS by_count
      FROM purchase_items pi JOIN p ON p.id = pi.purchase_id JOIN services s ON s.id = pi.service_id
    ),
    w2 AS (
      -- SUM of bigint is numeric in PostgreSQL: cast back, so the divisions below are integer divisions.
      SELECT w.*, (SUM(by_price) OVER (PARTITION BY purchase_id))::bigint AS sum_price, (SUM(by_count) OVER (PARTITION BY purchase_id))::bigint AS sum_count FROM w
    ),
    w3 AS (
      SELECT id, purchase_id, service_id, n, paid, clinic_id, purchased_at, cutoff, by_cancel,
             CASE WHEN sum_price > 0 THEN by_price ELSE by_count END AS weight,
             CASE WHEN sum_price > 0 THEN sum_price ELSE sum_count END AS weight_sum
      FROM w2
    ),
    w4 AS (
      SELECT w3.*, paid * weight / NULLIF(weight_sum, 0) AS base, paid * weight % NULLIF(weight_sum, 0) AS rem FROM w3
    ),
    -- Largest remainder: the cents the floors leave over go to the lines with the largest remainders. Each line
    -- carries what later steps need from its purchase, so no step joins back.
    item AS (
      SELECT id, purchase_id, n, clinic_id, purchased_at, cutoff, by_cancel,
             COALESCE(base, 0) + CASE WHEN ROW_NUMBER() OVER (PARTITION BY purchase_id ORDER BY rem DESC, service_id, id)
                                   <= paid - (SUM(COALESCE(base, 0)) OVER (PARTITION BY purchase_id))::bigint THEN 1 ELSE 0 END AS value
      FROM w4
    ),
    -- Each package appointment, classified: an exit from the balance (with its time), still booked, or neither.
    a AS (
      SELECT item.id AS item_id, ap.id, ev.at,
             CASE WHEN ap.status = 'COMPLETED' THEN 'redeemed'
                  WHEN ap.forfeits_session THEN 'forfeited'
                  WHEN ap.status IN ('CANCELLED', 'NO_SHOW') AND ev.at > item.cutoff THEN (CASE WHEN item.by_cancel THEN 'cancelled' ELSE 'expired' END)
             END AS kind,
             ap.status IN ('SCHEDULED', 'CHECKED_IN') AS pending
      FROM item JOIN appointments ap ON ap.purchase_id = item.purchase_id AND ap.purchase_item_id = item.id
      CROSS JOIN LATERAL (SELECT CASE WHEN ap.status = 'CANCELLED' THEN ap.cancelled_at ELSE ap.starts_at END AS at) ev
    ),
    -- Every way a session leaves the balance: one row per appointment, and one row for the sessions that lapse
    -- together at expiry / cancellation (those neither used, forfeited, booked, nor lapsing later on their own).
    exit AS (
      SELECT item_id, id AS tie, at, 1::bigint AS cnt, kind FROM a WHERE kind IS NOT NULL
      UNION ALL
      SELECT item.id, '', item.cutoff, GREATEST(0, item.n - COALESCE(x.settled, 0))::bigint, CASE WHEN item.by_cancel THEN 'cancelled' ELSE 'expired' END
      FROM item LEFT JOIN (SELECT item_id, COUNT(*) AS settled FROM a WHERE kind IS NOT NULL OR pending GROUP BY item_id) x ON x.item_id = item.id
      WHERE item.cutoff <> 'infinity'::timestamptz
    ),
    -- Sessions of a line are worth value / n each; the value % n left-over cents go to the first sessions to leave.
    ordered AS (
      SELECT exit.kind, exit.at, exit.cnt, item.clinic_id, item.value / item.n AS unit, item.value % item.n AS extra,
             SUM(exit.cnt) OVER (PARTITION BY exit.item_id ORDER BY exit.at, exit.kind, exit.tie ROWS UNBOUNDED PRECEDING) AS upto
      FROM exit JOIN item ON item.id = exit.item_id
      WHERE exit.cnt > 0 AND item.n > 0
    ),
    ev AS (
      SELECT clinic_id, 'sold' AS kind, purchased_at AS at, n::bigint AS cnt, value AS money FROM item
      UNION ALL
      SELECT clinic_id, kind, at, cnt, cnt * unit + GREATEST(0, LEAST(upto, extra) - (upto - cnt)) FROM ordered
    )
    SELECT ev.clinic_id, c.name AS clinic_name,
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
    FROM ev LEFT JOIN clinics c ON c.id = ev.clinic_id
    GROUP BY ev.clinic_id, c.name
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
