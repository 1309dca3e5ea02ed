import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { packageUsage, usageByMonth } from "@/lib/queries/reports/usage";
import { ReportChart } from "@/components/reports/report-chart";
import { PeriodReportHeader, periodReportContext } from "@/app/admin/reports/period-report";
import { figureColumns, ReportTable } from "@/components/reports/report-table";
import { TableCell } from "@/components/ui/table";

export const metadata: Metadata = { title: "Package usage" };
export const dynamic = "force-dynamic";

const COLUMNS = [
  { key: "sold", label: "Sold", colour: "var(--primary)" },
  { key: "booked", label: "Booked", colour: "#7c3aed" },
  { key: "completed", label: "Completed", colour: "#2563eb" },
  { key: "forfeited", label: "Forfeited", colour: "#b45309" },
  { key: "lapsed", label: "Lapsed", colour: "#64748b" },
] as const;

export default async function UsageReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await periodReportContext("/admin/reports/usage", searchParams);
  const rows = await packageUsage(prisma, { clinicId: ctx.filters.clinicId, ...ctx.range, now: ctx.now });
  return (
    <>
      <PeriodReportHeader
        path="/admin/reports/usage"
        title="Package usage"
        description="Sessions per month, clinic, package and service: sold, booked (when the booking was made), completed, forfeited (late cancel, no-show) and lapsed (expired or cancelled unused)."
        ctx={ctx}
      />
      <div className="grid gap-6">
        <ReportChart title="Sessions per month" rows={usageByMonth(rows)} series={COLUMNS.map((c) => ({ ...c }))} />
        <ReportTable
          caption="Package usage per month, clinic, package and service"
          columns={["Month", "Clinic", "Package", "Service", ...figureColumns(COLUMNS)]}
          rows={rows}
          rowKey={(r) => `${r.month}|${r.clinicName}|${r.templateName}|${r.serviceName}`}
          empty="No package activity in this period."
        >
          {(r) => (
            <>
              <TableCell className="tabular-nums">{r.month}</TableCell>
              <TableCell>{r.clinicName}</TableCell>
              <TableCell>{r.templateName}</TableCell>
              <TableCell>{r.serviceName}</TableCell>
              {COLUMNS.map((c) => (
                <TableCell key={c.key} className="text-right tabular-nums">
                  {r[c.key].toLocaleString("en-GB")}
                </TableCell>
              ))}
            </>
          )}
        </ReportTable>
      </div>
    </>
  );
}
