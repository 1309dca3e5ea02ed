// Package liability: what the clinic group still owes its patients in unused, paid sessions, per clinic and currency,
// with the movements of a period. Amounts of different currencies are never added. Every figure comes from one SQL statement; docs/reports.md explains the rules.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/database/client";
import { num } from "./db";
import { ledgerEvents } from "./ledger-events";

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
  /** ISO 4217 of every amount in `money`: the currency the purchases were paid in. */
  currency: string;
  money: LiabilityFigures;
  sessions: LiabilityFigures;
};

const KINDS = ["sold", "redeemed", "forfeited", "expired", "cancelled"] as const;

/**
 * The purchase's clinic is its template's default clinic, else the patient's preferred clinic (the same rule that
 * picks the zone a purchase's dates are read in); purchases with neither are reported under "No clinic". One row per
 * clinic and currency the purchases were paid in (a clinic that changed currency has a row for each).
 * `clinicId` null: every clinic. The period is [fromAt, toAt), cut off at `now` (the future is not reported).
 */
export async function packageLiability(
  db: Db,
  q: { clinicId: string | null; fromAt: Date; toAt: Date; now: Date },
): Promise<LiabilityRow[]> {
  const toAt = q.toAt.getTime() > q.now.getTime() ? q.now : q.toAt;
  const fromAt = q.fromAt.getTime() > toAt.getTime() ? toAt : q.fromAt;
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH ${ledgerEvents({ clinicId: q.clinicId, soldBefore: toAt })}
    SELECT ev.clinic_id, c.name AS clinic_name, ev.currency,
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
    GROUP BY ev.clinic_id, c.name, ev.currency
    ORDER BY c.name NULLS LAST, ev.clinic_id, ev.currency`;
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
    return { clinicId: (r.clinic_id as string | null) ?? null, clinicName: (r.clinic_name as string | null) ?? "No clinic", currency: r.currency as string, money: pick("money"), sessions: pick("sessions") };
  });
}

/** The report's total lines: the sum of several clinics' rows, one "All clinics" line per currency, never mixed. */
export function liabilityTotals(rows: readonly LiabilityRow[]): LiabilityRow[] {
  const zero = (): LiabilityFigures => ({ opening: 0, sold: 0, redeemed: 0, forfeited: 0, expired: 0, cancelled: 0, closing: 0 });
  const totals = new Map<string, LiabilityRow>();
  for (const r of rows) {
    let total = totals.get(r.currency);
    if (!total) totals.set(r.currency, (total = { clinicId: null, clinicName: "All clinics", currency: r.currency, money: zero(), sessions: zero() }));
    for (const k of Object.keys(total.money) as (keyof LiabilityFigures)[]) {
      total.money[k] += r.money[k];
      total.sessions[k] += r.sessions[k];
    }
  }
  return [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}
