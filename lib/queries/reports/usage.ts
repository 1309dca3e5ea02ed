// Package usage per month, clinic, template and service: sessions sold, booked, completed, forfeited and lapsed.
// Sold / completed / forfeited / lapsed are the liability report's ledger events (same times, same clinic rule);
// booked counts package appointments by when they were made.
import type { Db } from "@/lib/database/client";
import { num } from "./db";
import { ledgerEvents } from "./ledger-events";

export type UsageRow = {
  month: string;
  clinicName: string;
  templateName: string;
  serviceName: string;
  sold: number;
  booked: number;
  completed: number;
  forfeited: number;
  lapsed: number;
};

export async function packageUsage(
  db: Db,
  q: { clinicId: string | null; fromAt: Date; toAt: Date; now: Date; timeZone: string },
): Promise<UsageRow[]> {
  const toAt = q.toAt.getTime() > q.now.getTime() ? q.now : q.toAt;
  const fromAt = q.fromAt.getTime() > toAt.getTime() ? toAt : q.fromAt;
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH ${ledgerEvents({ clinicId: q.clinicId, soldBefore: toAt })},
    bk AS (
      SELECT item.clinic_id, item.package_id, item.service_id, 'booked' AS kind, ap.created_at AS at, 1::bigint AS cnt
      FROM item JOIN appointments ap ON ap.purchase_id = item.purchase_id AND ap.purchase_item_id = item.id
      WHERE ap.created_at >= ${fromAt} AND ap.created_at < ${toAt}
    ),
    all_ev AS (
      SELECT clinic_id, package_id, service_id, kind, at, cnt FROM ev WHERE at >= ${fromAt} AND at < ${toAt}
      UNION ALL
      SELECT clinic_id, package_id, service_id, kind, at, cnt FROM bk
    )
    SELECT to_char(date_trunc('month', e.at AT TIME ZONE ${q.timeZone}), 'YYYY-MM') AS month,
           COALESCE(c.name, 'No clinic') AS clinic_name, pk.name AS template_name, s.name AS service_name,
           SUM(e.cnt) FILTER (WHERE e.kind = 'sold') AS sold,
           SUM(e.cnt) FILTER (WHERE e.kind = 'booked') AS booked,
           SUM(e.cnt) FILTER (WHERE e.kind = 'redeemed') AS completed,
           SUM(e.cnt) FILTER (WHERE e.kind = 'forfeited') AS forfeited,
           SUM(e.cnt) FILTER (WHERE e.kind IN ('expired', 'cancelled')) AS lapsed
    FROM all_ev e
    LEFT JOIN clinics c ON c.id = e.clinic_id
    JOIN packages pk ON pk.id = e.package_id
    JOIN services s ON s.id = e.service_id
    GROUP BY 1, 2, 3, 4
    ORDER BY 1, 2, 3, 4`;
  return rows.map((r) => ({
    month: r.month as string,
    clinicName: r.clinic_name as string,
    templateName: r.template_name as string,
    serviceName: r.service_name as string,
    sold: num(r.sold),
    booked: num(r.booked),
    completed: num(r.completed),
    forfeited: num(r.forfeited),
    lapsed: num(r.lapsed),
  }));
}

/** Totals per month, for the chart. */
export function usageByMonth(rows: readonly UsageRow[]): { label: string; sold: number; booked: number; completed: number; forfeited: number; lapsed: number }[] {
  const months = new Map<string, { label: string; sold: number; booked: number; completed: number; forfeited: number; lapsed: number }>();
  for (const r of rows) {
    const m = months.get(r.month) ?? { label: r.month, sold: 0, booked: 0, completed: 0, forfeited: 0, lapsed: 0 };
    m.sold += r.sold;
    m.booked += r.booked;
    m.completed += r.completed;
    m.forfeited += r.forfeited;
    m.lapsed += r.lapsed;
    months.set(r.month, m);
  }
  return [...months.values()];
}
