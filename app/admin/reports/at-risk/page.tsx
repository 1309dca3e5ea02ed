import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/db";
import { atRisk, atRiskView, fitLabel, lastDay } from "@/lib/reports/at-risk";
import { requireAdmin } from "@/lib/session";
import { PageHeader } from "@/components/shell/page-header";
import { ReportChart } from "@/components/reports/report-chart";
import { ReportFilters } from "@/components/reports/report-filters";
import { ReportTable } from "@/components/reports/report-table";
import { TableCell } from "@/components/ui/table";

export const metadata: Metadata = { title: "At-risk courses" };
export const dynamic = "force-dynamic";

export default async function AtRiskReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAdmin("/admin/reports/at-risk");
  const view = await atRiskView(prisma, user, await searchParams);
  const { clinic, report } = view;
  const zone = clinic?.timeZone ?? "UTC";
  const risky = report.purchases.filter(atRisk);
  return (
    <>
      <PageHeader
        title="At-risk courses"
        description="Can each active package's unbooked sessions still be placed before it expires, with the providers and calendars as they are now? Planned like Auto Schedule, at the package's clinic with every eligible provider."
      />
      <ReportFilters clinics={view.clinics} clinicId={clinic?.id ?? null} allowAll={false} csvHref={`/admin/reports/at-risk/csv${clinic ? `?clinic=${encodeURIComponent(clinic.id)}` : ""}`} />
      {view.problem && (
        <p role="status" className="mb-4 text-sm text-amber-800">
          {view.problem}
        </p>
      )}
      {!clinic ? (
        <p className="text-sm text-muted-foreground">You have no clinic to report on.</p>
      ) : (
        <div className="grid gap-6">
          <p className="text-sm">
            {report.purchases.length} active {report.purchases.length === 1 ? "package" : "packages"} at {clinic.name} with unbooked sessions;{" "}
            <strong>{risky.length} won&apos;t fit</strong> before expiry.
            {report.truncated && " Only the first 2 000 packages by expiry were planned."}
          </p>
          <section aria-labelledby="at-risk-list" className="grid gap-2">
            <h2 id="at-risk-list" className="text-base font-semibold">
              Packages that won&apos;t fit
            </h2>
            <ReportTable
              caption="Packages whose unbooked sessions cannot all be placed before expiry"
              columns={["Patient", "Package", "Last day", "Status", "Planner's reason"]}
              actions
              rows={risky}
              rowKey={(p) => p.purchaseId}
              empty="Every package's unbooked sessions can still be placed before it expires."
            >
              {(p) => (
                <>
                  <TableCell>
                    <Link href={`/patients/${p.patientId}`} className="text-primary underline-offset-4 hover:underline">
                      {p.patientName}
                    </Link>
                  </TableCell>
                  <TableCell>{p.packageName}</TableCell>
                  <TableCell className="whitespace-nowrap">{lastDay(p.expiresAt, zone)}</TableCell>
                  <TableCell className="whitespace-nowrap font-medium">{fitLabel(p)}</TableCell>
                  <TableCell>
                    <ul className="grid gap-1">
                      {p.unplaced.map((u) => (
                        <li key={u.serviceName}>
                          {u.serviceName} ({u.count}): {u.reason}
                        </li>
                      ))}
                    </ul>
                  </TableCell>
                  <TableCell className="no-print">
                    <Link
                      href={`/patients/${p.patientId}?replan=${p.purchaseId}`}
                      aria-label={`Book now: ${p.patientName}, ${p.packageName}`}
                      className="text-primary underline-offset-4 hover:underline"
                    >
                      Book now
                    </Link>
                  </TableCell>
                </>
              )}
            </ReportTable>
          </section>
          <section aria-labelledby="at-risk-capacity" className="grid gap-2">
            <h2 id="at-risk-capacity" className="text-base font-semibold">
              Unbooked sessions and free capacity per service
            </h2>
            <p className="text-sm text-muted-foreground">
              Free slots: back-to-back sessions of the service that still fit in its providers&apos; free hours at {clinic.name} from now until the last of these
              sessions expires. A provider&apos;s free hour counts for every service they deliver.
            </p>
            <ReportChart
              title="Unbooked sessions and free slots per service"
              rows={report.capacity.map((c) => ({ label: c.serviceName, unbooked: c.unbooked, free: c.freeSlots }))}
              series={[
                { key: "unbooked", label: "Unbooked sessions", colour: "var(--primary)" },
                { key: "free", label: "Free slots", colour: "#94a3b8" },
              ]}
            />
            <ReportTable
              caption="Unbooked sessions against free provider capacity per service"
              columns={[
                "Service",
                { key: "unbooked", label: "Unbooked sessions", className: "text-right" },
                { key: "free", label: "Free slots", className: "text-right" },
                "Until (last day)",
              ]}
              rows={report.capacity}
              rowKey={(c) => c.serviceId}
            >
              {(c) => (
                <>
                  <TableCell>{c.serviceName}</TableCell>
                  <TableCell className="text-right tabular-nums">{c.unbooked}</TableCell>
                  <TableCell className="text-right tabular-nums">{c.freeSlots}</TableCell>
                  <TableCell className="whitespace-nowrap">{lastDay(c.until, zone)}</TableCell>
                </>
              )}
            </ReportTable>
          </section>
        </div>
      )}
    </>
  );
}
