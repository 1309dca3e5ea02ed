// The package ledger as a stream of dated events, shared by the liability and usage reports: one row per sale (all
// of a purchase line's sessions), per session that leaves the balance (redeemed, forfeited, lapsing after expiry or
// cancellation on its own), and per group of sessions that lapse together at expiry / cancellation; each with its
// clinic, template, service, time, session count and money value. docs/reports.md explains the rules.
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * CTEs ending in `ev(clinic_id, currency, package_id, service_id, kind, at, cnt, money)` (money in the purchase's own
 * currency), kind one of sold, redeemed,
 * forfeited, expired, cancelled. Use as `WITH ${ledgerEvents(...)} SELECT … FROM ev`. Purchases sold at or after
 * `soldBefore` are left out (they cannot touch a period ending then).
 */
export function ledgerEvents(q: { clinicId: string | null; soldBefore: Date }): Prisma.Sql {
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
  return Prisma.sql`
    p AS (
      SELECT pp.id, pp.package_id, pp.currency, pp.price_paid_minor::bigint AS paid, pp.purchased_at,
             LEAST(pp.expires_at, COALESCE(pp.cancelled_at, 'infinity'::timestamptz)) AS cutoff,
             (pp.cancelled_at IS NOT NULL AND pp.cancelled_at < pp.expires_at) AS by_cancel,
             COALESCE(pk.default_clinic_id, pt.preferred_clinic_id) AS clinic_id
      FROM package_purchases pp
      JOIN packages pk ON pk.id = pp.package_id
      JOIN patients pt ON pt.id = pp.patient_id
      WHERE pp.purchased_at < ${q.soldBefore} ${clinicFilter}
    ),
    w AS (
      SELECT pi.id, pi.purchase_id, pi.service_id, p.package_id, p.currency, pi.sessions_total AS n, p.paid, p.clinic_id, p.purchased_at, p.cutoff, p.by_cancel,
             pi.sessions_total::bigint * s.price_minor AS by_price, pi.sessions_total::bigint AS by_count
      FROM purchase_items pi JOIN p ON p.id = pi.purchase_id JOIN services s ON s.id = pi.service_id
    ),
    w2 AS (
      -- SUM of bigint is numeric in PostgreSQL: cast back, so the divisions below are integer divisions.
      SELECT w.*, (SUM(by_price) OVER (PARTITION BY purchase_id))::bigint AS sum_price, (SUM(by_count) OVER (PARTITION BY purchase_id))::bigint AS sum_count FROM w
    ),
    w3 AS (
      SELECT id, purchase_id, service_id, package_id, currency, n, paid, clinic_id, purchased_at, cutoff, by_cancel,
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
      SELECT id, purchase_id, service_id, package_id, currency, n, clinic_id, purchased_at, cutoff, by_cancel,
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
      SELECT exit.kind, exit.at, exit.cnt, item.clinic_id, item.currency, item.package_id, item.service_id, item.value / item.n AS unit, item.value % item.n AS extra,
             SUM(exit.cnt) OVER (PARTITION BY exit.item_id ORDER BY exit.at, exit.kind, exit.tie ROWS UNBOUNDED PRECEDING) AS upto
      FROM exit JOIN item ON item.id = exit.item_id
      WHERE exit.cnt > 0 AND item.n > 0
    ),
    ev AS (
      SELECT clinic_id, currency, package_id, service_id, 'sold' AS kind, purchased_at AS at, n::bigint AS cnt, value AS money FROM item
      UNION ALL
      SELECT clinic_id, currency, package_id, service_id, kind, at, cnt, cnt * unit + GREATEST(0, LEAST(upto, extra) - (upto - cnt)) FROM ordered
    )
  `;
}
