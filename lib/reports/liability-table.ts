// The liability report's columns, shared by the page and its CSV so both always show the same figures.
import { liabilityTotals, type LiabilityFigures, type LiabilityRow } from "@/lib/queries/reports/liability";
import { csvAmount, toCsv } from "./csv";

export const LIABILITY_COLUMNS: { key: keyof LiabilityFigures; label: string }[] = [
  { key: "opening", label: "Opening balance" },
  { key: "sold", label: "Sold" },
  { key: "redeemed", label: "Redeemed" },
  { key: "forfeited", label: "Forfeited" },
  { key: "expired", label: "Expired" },
  { key: "cancelled", label: "Cancelled" },
  { key: "closing", label: "Closing balance" },
];

/** One row per clinic and currency, then the totals, one per currency (when there is more than one row). */
export function liabilityLines(rows: readonly LiabilityRow[]): LiabilityRow[] {
  return rows.length > 1 ? [...rows, ...liabilityTotals(rows)] : [...rows];
}

/** Each line's amounts are in its Currency column's currency; lines of different currencies are never summed. */
export function liabilityCsv(rows: readonly LiabilityRow[], period: { from: string; to: string }): string {
  const header = ["Clinic", "Currency", "From", "To", ...LIABILITY_COLUMNS.map((c) => `${c.label} (amount)`), ...LIABILITY_COLUMNS.map((c) => `${c.label} (sessions)`)];
  return toCsv(
    header,
    liabilityLines(rows).map((r) => [
      r.clinicName,
      r.currency,
      period.from,
      period.to,
      ...LIABILITY_COLUMNS.map((c) => csvAmount(r.money[c.key])),
      ...LIABILITY_COLUMNS.map((c) => r.sessions[c.key]),
    ]),
  );
}
