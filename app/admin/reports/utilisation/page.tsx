import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { providerUtilisation } from "@/lib/queries/reports/utilisation";
import { ReportChart } from "@/components/reports/report-chart";
import { PeriodReportHeader, periodReportContext } from "@/app/admin/reports/period-report";
import { figureColumns, ReportTable } from "@/components/reports/report-table";
import { TableCell } from "@/components/ui/table";

export const metadata: Metadata = { title: "Provider utilisation" };
export const dynamic = "force-dynamic";

const hours = (minutes: number) => Math.round(minutes / 6) / 10;

export default async function UtilisationReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await periodReportContext("/admin/reports/utilisation", searchParams);
  const rows = await providerUtilisation(prisma, { clinicId: ctx.filters.clinicId, ...ctx.range });
  const weeks = new Map<string, { label: string; available: number; booked: number }>();
  for (const r of rows) {
    const w = weeks.get(r.week) ?? { label: r.week, available: 0, booked: 0 };
    w.available += hours(r.availableMinutes);
    w.booked += hours(r.bookedMinutes);
    weeks.set(r.week, w);
  }
  return (
    <>
      <PeriodReportHeader
        path="/admin/reports/utilisation"
        title="Provider utilisation"
        description="Booked hours against available hours per provider and week (weeks start on Monday). Available: weekly availability minus clinic closures and time off. Booked: appointments not cancelled."
        ctx={ctx} cutAtNow={false}
      />
      <div className="grid gap-6">
        <ReportChart
          title="Hours per week"
          rows={[...weeks.values()].map((w) => ({ ...w, available: Math.round(w.available * 10) / 10, booked: Math.round(w.booked * 10) / 10 }))}
          series={[
            { key: "available", label: "Available hours", colour: "#94a3b8" },
            { key: "booked", label: "Booked hours", colour: "var(--primary)" },
          ]}
        />
        <ReportTable
          caption="Provider utilisation per week"
          columns={["Week", "Provider", "Clinic", ...figureColumns([
            { key: "available", label: "Available h" },
            { key: "booked", label: "Booked h" },
            { key: "utilisation", label: "Utilisation" },
          ])]}
          rows={rows}
          rowKey={(r) => `${r.week}|${r.providerId}|${r.clinicName}`}
          empty="No availability or bookings in this period."
        >
          {(r) => (
            <>
              <TableCell className="tabular-nums">{r.week}</TableCell>
              <TableCell>{r.providerName}</TableCell>
              <TableCell>{r.clinicName}</TableCell>
              <TableCell className="text-right tabular-nums">{hours(r.availableMinutes)}</TableCell>
              <TableCell className="text-right tabular-nums">{hours(r.bookedMinutes)}</TableCell>
              <TableCell className="text-right tabular-nums">{r.availableMinutes > 0 ? `${Math.round((100 * r.bookedMinutes) / r.availableMinutes)} %` : "—"}</TableCell>
            </>
          )}
        </ReportTable>
      </div>
    </>
  );
}
