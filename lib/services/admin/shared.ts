import type { AppPrismaClient } from "@/lib/database/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/database/errors";
import { writeAudit } from "@/lib/services/audit";
import type { TSetActiveInput } from "@/lib/validations/common";

/** The fields whose value differs between two snapshots, as `{ field: { from, to } }` for the audit log. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): Prisma.InputJsonObject {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  // Values are plain data (strings, numbers, booleans, arrays of them), so the JSON round trip is lossless.
  return JSON.parse(JSON.stringify(out)) as Prisma.InputJsonObject;
}

/** Runs `fn`, turning a unique violation on a name into a CONFLICT the form shows next to the name field. */
export async function withUniqueName<T>(what: string, name: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isUniqueViolation(e)) {
      const message = `There is already a ${what} called “${name}”. Pick another name.`;
      throw new AppError("CONFLICT", message, { fieldErrors: { name: message }, cause: e });
    }
    throw e;
  }
}

export function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", `This ${what} no longer exists. It may have been removed by someone else.`);
}

/** Where a record that is switched off and on rather than deleted keeps its `active` flag. */
type ActiveFlag = {
  findUnique(args: { where: { id: string }; select: { active: true } }): PromiseLike<{ active: boolean } | null>;
  update(args: { where: { id: string }; data: { active: boolean } }): PromiseLike<unknown>;
};

const SWITCHABLE = {
  clinic: { entityType: "Clinic", table: (tx: Prisma.TransactionClient): ActiveFlag => tx.clinic },
  service: { entityType: "Service", table: (tx: Prisma.TransactionClient): ActiveFlag => tx.service },
  provider: { entityType: "Provider", table: (tx: Prisma.TransactionClient): ActiveFlag => tx.provider },
};

/** Switches a clinic, service or provider off or on, audited as "<kind>.deactivated" / "<kind>.reactivated"; no change, no audit. */
export async function setRecordActive(prisma: AppPrismaClient, actor: { id: string }, kind: keyof typeof SWITCHABLE, input: TSetActiveInput): Promise<{ id: string }> {
  const { entityType, table } = SWITCHABLE[kind];
  return prisma.$transaction(async (tx) => {
    const before = await table(tx).findUnique({ where: { id: input.id }, select: { active: true } });
    if (!before) throw notFound(kind);
    if (before.active === input.active) return { id: input.id };
    await table(tx).update({ where: { id: input.id }, data: { active: input.active } });
    await writeAudit(tx, { actorId: actor.id, action: `${kind}.${input.active ? "reactivated" : "deactivated"}`, entityType, entityId: input.id });
    return { id: input.id };
  });
}
