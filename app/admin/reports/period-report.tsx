import { prisma } from "@/lib/db";
import { reportContext, type ReportContext } from "@/lib/reports/context";
import { filterQuery } from "@/lib/reports/filters";
import { requireAdmin } from "@/lib/session";
import { PageHeader } from "@/components/shell/page-header";
import { ReportFilters } from "@/components/reports/report-filters";
import { ReportNotice } from "@/components/reports/report-notice";

/** A clinic-and-period report's filters for the signed-in admin (the report's URL is where sign-in returns to). */
export async function periodReportContext(path: string, searchParams: Promise<Record<string, string | string[] | undefined>>): Promise<ReportContext> {
  const user = await requireAdmin(path);
  return reportContext(prisma, user, await searchParams);
}

/** Above a clinic-and-period report: its heading, the clinic and period filters with the CSV link, and any notice. */
export function PeriodReportHeader({ path, title, description, ctx, cutAtNow }: {
  path: string;
  title: string;
  description: string;
  ctx: ReportContext;
  /** False for a report that also counts what is planned after today (see ReportNotice). */
  cutAtNow?: boolean;
}) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <ReportFilters clinics={ctx.clinics} clinicId={ctx.filters.clinicId} from={ctx.filters.from} to={ctx.filters.to} csvHref={`${path}/csv?${filterQuery(ctx.filters)}`} />
      <ReportNotice problem={ctx.problem} range={ctx.range} now={ctx.now} cutAtNow={cutAtNow} />
    </>
  );
}
