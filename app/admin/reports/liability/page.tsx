import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { formatMoney } from "@/lib/format";
import { packageLiability } from "@/lib/queries/reports/liability";
import { LIABILITY_COLUMNS, liabilityLines } from "@/lib/reports/liability-table";
import { ReportChart } from "@/components/reports/report-chart";
import { PeriodReportHeader, periodReportContext } from "@/app/admin/reports/period-report";
import { figureColumns, ReportTable } from "@/components/reports/report-table";
import { TableCell, TableHead } from "@/components/ui/table";

export const metadata: Metadata = { title: "Package liability" };
export const dynamic = "force-dynamic";

export default async function LiabilityReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await periodReportContext("/admin/reports/liability", searchParams);
  const rows = await packageLiability(prisma, { clinicId: ctx.filters.clinicId, ...ctx.range, now: ctx.now });
  const lines = liabilityLines(rows);
  // Amounts of different currencies are never added: one chart per currency.
  const currencies = [...new Set(rows.map((r) => r.currency))].sort();
  return (
    <>
      <PeriodReportHeader
        path="/admin/reports/liability"
        title="Package liability"
        description="Paid sessions not yet used: opening balance + sold − redeemed − forfeited − expired − cancelled = closing balance. Each session is valued at its share of the price paid, in the currency it was paid in; amounts in different currencies are never added."
        ctx={ctx}
      />
      {lines.length === 0 ? (
        <p className="text-sm text-muted-foreground">No packages were sold to these clinics&rsquo; patients by the end of this period.</p>
      ) : (
        <div className="grid gap-6">
          <ReportTable
            caption="Package liability per clinic and currency, in money and in sessions"
            columns={["Clinic", "Currency", ...figureColumns(LIABILITY_COLUMNS)]}
            rows={lines}
            rowKey={(r) => `${r.clinicId ?? r.clinicName}-${r.currency}`}
            rowClassName={(r) => (r.clinicId === null && r.clinicName === "All clinics" ? "font-semibold" : undefined)}
          >
            {(r) => (
              <>
                <TableHead scope="row">{r.clinicName}</TableHead>
                <TableCell>{r.currency}</TableCell>
                {LIABILITY_COLUMNS.map((c) => (
                  <TableCell key={c.key} className="text-right tabular-nums">
                    <div>{formatMoney(r.money[c.key], r.currency)}</div>
                    <div className="text-xs text-muted-foreground">
                      {r.sessions[c.key].toLocaleString("en-GB")} session{r.sessions[c.key] === 1 ? "" : "s"}
                    </div>
                  </TableCell>
                ))}
              </>
            )}
          </ReportTable>
          {currencies.map((currency) => (
            <ReportChart
              key={currency}
              title={`Movements in the period (${currency})`}
              currency={currency}
              rows={rows
                .filter((r) => r.currency === currency)
                .map((r) => ({ label: r.clinicName, sold: r.money.sold, redeemed: r.money.redeemed, forfeited: r.money.forfeited, expired: r.money.expired, cancelled: r.money.cancelled }))}
              series={[
                { key: "sold", label: "Sold", colour: "var(--primary)" },
                { key: "redeemed", label: "Redeemed", colour: "#2563eb" },
                { key: "forfeited", label: "Forfeited", colour: "#b45309" },
                { key: "expired", label: "Expired", colour: "#64748b" },
                { key: "cancelled", label: "Cancelled", colour: "#b91c1c" },
              ]}
            />
          ))}
        </div>
      )}
    </>
  );
}
