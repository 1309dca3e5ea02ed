import { prisma } from "@/lib/db";
import { auditEntries } from "@/lib/queries/reports/audit";
import { auditCsv } from "@/lib/reports/audit-csv";
import { AUDIT_CSV_MAX_ROWS, parseAuditParams } from "@/lib/reports/audit-filters";
import { paramsOf, reportContext } from "@/lib/reports/context";
import { csvResponse } from "@/lib/reports/csv";
import { getCurrentUser } from "@/lib/session";

export const dynamic = "force-dynamic";

/** The filtered audit log as CSV (newest first, at most AUDIT_CSV_MAX_ROWS rows: narrow the dates for more). */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to export the audit log.", { status: 401, headers: { "Cache-Control": "no-store" } });
  if (user.role !== "ADMIN") return new Response("Only administrators can export the audit log.", { status: 403, headers: { "Cache-Control": "no-store" } });
  const params = paramsOf(request.url);
  const ctx = await reportContext(prisma, user, params);
  const { value } = parseAuditParams(params);
  const rows = await auditEntries(prisma, { ...value, fromAt: ctx.range.fromAt, toAt: ctx.range.toAt }, { limit: AUDIT_CSV_MAX_ROWS, offset: 0 });
  return csvResponse(`audit-log-${ctx.filters.from}-${ctx.filters.to}.csv`, auditCsv(rows));
}
