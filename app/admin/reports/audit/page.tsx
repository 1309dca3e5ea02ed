import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { auditActors, auditEntries } from "@/lib/queries/reports/audit";
import { AUDIT_RECORD_TYPES, KNOWN_AUDIT_ACTIONS, auditHref, auditLabel } from "@/lib/reports/audit-labels";
import { AUDIT_PAGE_SIZE, auditQuery, parseAuditParams } from "@/lib/reports/audit-filters";
import { reportContext } from "@/lib/reports/context";
import { filterQuery } from "@/lib/reports/filters";
import { requireAdmin } from "@/lib/session";
import { PageHeader } from "@/components/shell/page-header";
import { AuditFilterFields } from "@/components/reports/audit-filter-fields";
import { ReportFilters } from "@/components/reports/report-filters";
import { ReportNotice } from "@/components/reports/report-notice";
import { Button } from "@/components/ui/button";
import { TableCell } from "@/components/ui/table";
import { ReportTable } from "@/components/reports/report-table";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAdmin("/admin/reports/audit");
  const params = await searchParams;
  // The log is group-wide (entries carry no clinic), so only the date range of the shared filters applies.
  const ctx = await reportContext(prisma, user, { from: params.from, to: params.to });
  const { value: a, ignored } = parseAuditParams(params);
  const [rows, actors] = await Promise.all([
    auditEntries(prisma, { ...a, fromAt: ctx.range.fromAt, toAt: ctx.range.toAt }, { limit: AUDIT_PAGE_SIZE + 1, offset: (a.page - 1) * AUDIT_PAGE_SIZE }),
    auditActors(prisma),
  ]);
  const hasNext = rows.length > AUDIT_PAGE_SIZE;
  const shown = rows.slice(0, AUDIT_PAGE_SIZE);
  const base = filterQuery(ctx.filters);
  const pageHref = (page: number) => `/admin/reports/audit?${auditQuery(base, a, { page: String(page) })}`;
  const problem = [ctx.problem, ignored.length > 0 ? `Ignored malformed filter${ignored.length === 1 ? "" : "s"}: ${ignored.join(", ")}.` : null].filter(Boolean).join(" ") || null;
  return (
    <>
      <PageHeader title="Audit log" description="Every recorded change and every view of a patient's record, newest first. Times in UTC." />
      <ReportFilters clinics={[]} clinicId={null} from={ctx.filters.from} to={ctx.filters.to} csvHref={`/admin/reports/audit/csv?${auditQuery(base, a)}`} showClinic={false}>
        <AuditFilterFields actors={actors} actions={KNOWN_AUDIT_ACTIONS} types={AUDIT_RECORD_TYPES} value={a} />
      </ReportFilters>
      <ReportNotice problem={problem} range={ctx.range} now={ctx.now} />
      <ReportTable caption={`Audit log entries, page ${a.page}`} columns={["When", "Who", "What", "Record"]} rows={shown} rowKey={(e) => e.id} empty="No entries match these filters.">
        {(e) => {
          const href = auditHref(e);
          return (
            <>
              <TableCell className="whitespace-nowrap tabular-nums">{formatDateTime(e.at, "UTC")}</TableCell>
              <TableCell>{e.actorName ?? "System"}</TableCell>
              <TableCell>
                {auditLabel(e)}
                <div className="text-xs text-muted-foreground">{e.action}</div>
              </TableCell>
              <TableCell className="text-muted-foreground">
                {href ? (
                  <Link className="text-primary underline-offset-4 hover:underline" href={href}>
                    {e.entityType} {e.entityId.slice(0, 8)}
                  </Link>
                ) : (
                  `${e.entityType} ${e.entityId.slice(0, 8)}`
                )}
              </TableCell>
            </>
          );
        }}
      </ReportTable>
      <nav aria-label="Audit log pages" className="no-print mt-4 flex items-center gap-2">
        {a.page > 1 && (
          <Button asChild variant="outline" size="sm">
            <Link href={pageHref(a.page - 1)}>Newer</Link>
          </Button>
        )}
        <span className="text-sm text-muted-foreground">Page {a.page}</span>
        {hasNext && (
          <Button asChild variant="outline" size="sm">
            <Link href={pageHref(a.page + 1)}>Older</Link>
          </Button>
        )}
      </nav>
    </>
  );
}
