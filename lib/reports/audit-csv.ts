import type { AuditRow } from "@/lib/queries/reports/audit";
import { auditLabel } from "./audit-labels";
import { toCsv } from "./csv";

export function auditCsv(rows: readonly AuditRow[]): string {
  return toCsv(
    ["When (UTC)", "Who", "What", "Action", "Record type", "Record id", "Details"],
    rows.map((r) => [r.at.toISOString(), r.actorName ?? "System", auditLabel(r), r.action, r.entityType, r.entityId, r.details === null || r.details === undefined ? "" : JSON.stringify(r.details)]),
  );
}
