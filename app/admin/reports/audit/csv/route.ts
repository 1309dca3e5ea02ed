import { prisma } from "@/lib/db";
import { csvRoute } from "@/lib/csv-route";
import { auditEntries } from "@/lib/queries/reports/audit";
import { auditCsv } from "@/lib/reports/audit-csv";
import { AUDIT_CSV_MAX_ROWS, parseAuditParams } from "@/lib/reports/audit-filters";
import { reportContext } from "@/lib/reports/context";

export const dynamic = "force-dynamic";

/** The filtered audit log as CSV (newest first, at most AUDIT_CSV_MAX_ROWS rows: narrow the dates for more). */
export const GET = csvRoute({
  role: "ADMIN",
  refusals: { signIn: "Sign in to export the audit log.", adminOnly: "Only administrators can export the audit log." },
  build: async (user, params) => {
    const ctx = await reportContext(prisma, user, params);
    const { value } = parseAuditParams(params);
    const rows = await auditEntries(prisma, { ...value, fromAt: ctx.range.fromAt, toAt: ctx.range.toAt }, { limit: AUDIT_CSV_MAX_ROWS, offset: 0 });
    return { fileName: `audit-log-${ctx.filters.from}-${ctx.filters.to}.csv`, csv: auditCsv(rows) };
  },
});
