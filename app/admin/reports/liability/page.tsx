import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/format";
import { packageLiability } from "@/lib/queries/reports/liability";
import { reportContext } from "@/lib/reports/context";
import { filterQuery } from "@/lib/reports/filters";
import { LIABILITY_COLUMNS, liabilityLines } from "@/lib/reports/liability-table";
import { requireAdmin } from "@/lib/session";
import { PageHeader } from "@/components/shell/page-header";
import { ReportChart } from "@/components/reports/report-chart";
import { ReportFilters } from "@/components/reports/report-filters";
import { ReportNotice } from "@/components/reports/report-notice";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export const metadata: Metadata = { title: "Package liability" };
export const dynamic = "force-dynamic";

export default async function LiabilityReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAdmin("/admin/reports/liability");
  const ctx = await reportContext(prisma, user, await searchParams);
  const rows = await packageLiability(prisma, { clinicId: ctx.filters.clinicId, ...ctx.range, now: ctx.now });
  const currency = env().CADENCE_CURRENCY;
  const money = (minor: number) => formatMoney(minor, currency);
  const lines = liabilityLines(rows);
  return (
    <>
      <PageHeader
        title="Package liability"
        description="Paid sessions not yet used: opening balance + sold − redeemed − forfeited − expired − cancelled = closing balance. Each session is valued at its share of the price paid."
      />
      <ReportFilters clinics={ctx.clinics} clinicId={ctx.filters.clinicId} from={ctx.filters.from} to={ctx.filters.to} csvHref={`/admin/reports/liability/csv?${filterQuery(ctx.filters)}`} />
      <ReportNotice problem={ctx.problem} range={ctx.range} now={ctx.now} />
      {lines.length === 0 ? (
        <p className="text-sm text-muted-foreground">No packages were sold to these clinics&rsquo; patients by the end of this period.</p>
      ) : (
        <div className="grid gap-6">
          <Table>
            <caption className="sr-only">Package liability per clinic, in money and in sessions</caption>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Clinic</TableHead>
                {LIABILITY_COLUMNS.map((c) => (
                  <TableHead key={c.key} scope="col" className="text-right">
                    {c.label}
                  </TableHead>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {lines.map((r) => (
                <TableRow key={r.clinicId ?? r.clinicName} className={r.clinicName === "All clinics" ? "font-semibold" : undefined}>
                  <TableHead scope="row">{r.clinicName}</TableHead>
                  {LIABILITY_COLUMNS.map((c) => (
                    <TableCell key={c.key} className="text-right tabular-nums">
                      <div>{money(r.money[c.key])}</div>
                      <div className="text-xs text-muted-foreground">
                        {r.sessions[c.key].toLocaleString("en-GB")} session{r.sessions[c.key] === 1 ? "" : "s"}
                      </div>
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <ReportChart
            title={`Movements in the period (${currency})`}
            currency={currency}
            rows={rows.map((r) => ({ label: r.clinicName, sold: r.money.sold, redeemed: r.money.redeemed, forfeited: r.money.forfeited, expired: r.money.expired, cancelled: r.money.cancelled }))}
            series={[
              { key: "sold", label: "Sold", colour: "var(--primary)" },
              { key: "redeemed", label: "Redeemed", colour: "#2563eb" },
              { key: "forfeited", label: "Forfeited", colour: "#b45309" },
              { key: "expired", label: "Expired", colour: "#64748b" },
              { key: "cancelled", label: "Cancelled", colour: "#b91c1c" },
            ]}
          />
        </div>
      )}
    </>
  );
}
