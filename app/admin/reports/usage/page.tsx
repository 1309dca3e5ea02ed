import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { packageUsage, usageByMonth } from "@/lib/queries/reports/usage";
import { reportContext } from "@/lib/reports/context";
import { filterQuery } from "@/lib/reports/filters";
import { requireAdmin } from "@/lib/session";
import { PageHeader } from "@/components/shell/page-header";
import { ReportChart } from "@/components/reports/report-chart";
import { ReportFilters } from "@/components/reports/report-filters";
import { ReportNotice } from "@/components/reports/report-notice";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

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
  const user = await requireAdmin("/admin/reports/usage");
  const ctx = await reportContext(prisma, user, await searchParams);
  const rows = await packageUsage(prisma, { clinicId: ctx.filters.clinicId, ...ctx.range, now: ctx.now });
  return (
    <>
      <PageHeader
        title="Package usage"
        description="Sessions per month, clinic, package and service: sold, booked (when the booking was made), completed, forfeited (late cancel, no-show) and lapsed (expired or cancelled unused)."
      />
      <ReportFilters clinics={ctx.clinics} clinicId={ctx.filters.clinicId} from={ctx.filters.from} to={ctx.filters.to} csvHref={`/admin/reports/usage/csv?${filterQuery(ctx.filters)}`} />
      <ReportNotice problem={ctx.problem} range={ctx.range} now={ctx.now} />
      <div className="grid gap-6">
        <ReportChart title="Sessions per month" rows={usageByMonth(rows)} series={COLUMNS.map((c) => ({ ...c }))} />
        {rows.length === 0 ? (
          <p className="text-sm text-muted-foreground">No package activity in this period.</p>
        ) : (
          <Table>
            <caption className="sr-only">Package usage per month, clinic, package and service</caption>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Month</TableHead>
                <TableHead scope="col">Clinic</TableHead>
                <TableHead scope="col">Package</TableHead>
                <TableHead scope="col">Service</TableHead>
                {COLUMNS.map((c) => (
                  <TableHead key={c.key} scope="col" className="text-right">
                    {c.label}
                  </TableHead>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={`${r.month}|${r.clinicName}|${r.templateName}|${r.serviceName}`}>
                  <TableCell className="tabular-nums">{r.month}</TableCell>
                  <TableCell>{r.clinicName}</TableCell>
                  <TableCell>{r.templateName}</TableCell>
                  <TableCell>{r.serviceName}</TableCell>
                  {COLUMNS.map((c) => (
                    <TableCell key={c.key} className="text-right tabular-nums">
                      {r[c.key].toLocaleString("en-GB")}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </div>
    </>
  );
}
