import type { Prisma } from "@/lib/generated/prisma/client";

type AuditWriter = { auditLog: { create: (args: { data: Prisma.AuditLogUncheckedCreateInput }) => Promise<unknown> } };

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  details?: Prisma.InputJsonValue;
};

/** Writes one audit row; pass the transaction client so the row commits or rolls back with the change. */
export async function writeAudit(db: AuditWriter, entry: AuditEntry): Promise<void> {
  const { details, ...rest } = entry;
  await db.auditLog.create({ data: details === undefined ? rest : { ...rest, details } });
}
