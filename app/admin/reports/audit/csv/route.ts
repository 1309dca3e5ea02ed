import { prisma } from "@/lib/db";
import { periodCsvRoute } from "@/lib/csv-route";
import { auditEntries } from "@/lib/queries/reports/audit";
import { auditCsv } from "@/lib/reports/audit-csv";
import { AUDIT_CSV_MAX_ROWS, parseAuditParams } from "@/lib/reports/audit-filters";

export const dynamic = "force-dynamic";

/** The filtered audit log as CSV (newest first, at most AUDIT_CSV_MAX_ROWS rows: narrow the dates for more). */
export const GET = periodCsvRoute({
  db: prisma,
  name: "audit-log",
  refusals: { signIn: "Sign in to export the audit log.", adminOnly: "Only administrators can export the audit log." },
  csv: async (ctx, params) => {
    const { value } = parseAuditParams(params);
    return auditCsv(await auditEntries(prisma, { ...value, fromAt: ctx.range.fromAt, toAt: ctx.range.toAt }, { limit: AUDIT_CSV_MAX_ROWS, offset: 0 }));
  },
});
