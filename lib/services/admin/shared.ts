import type { AppPrismaClient } from "@/lib/database/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/database/errors";
import { writeAudit } from "@/lib/services/audit";
import type { TSetActiveInput } from "@/lib/validations/common";

export type Actor = { id: string };
type Tx = Prisma.TransactionClient;

/** The records admins edit, by the entity type their audit rows name. */
const ENTITY_TYPES = { clinic: "Clinic", service: "Service", provider: "Provider", package: "Package", patient: "Patient", staff: "User" } as const;
type AdminRecord = keyof typeof ENTITY_TYPES;

/** The audit row of an admin's change to a record, "<kind>.<verb>" (e.g. "clinic.created"); pass the change's transaction. */
export async function auditChange(tx: Tx, actor: Actor, kind: AdminRecord, verb: string, entityId: string, details?: Prisma.InputJsonValue): Promise<void> {
  await writeAudit(tx, { actorId: actor.id, action: `${kind}.${verb}`, entityType: ENTITY_TYPES[kind], entityId, details });
}

/** The fields whose value differs between two snapshots, as `{ field: { from, to } }` for the audit log. */
function changedFields<T extends Record<string, unknown>>(before: T, after: T): Prisma.InputJsonObject {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  // Values are plain data (strings, numbers, booleans, arrays of them), so the JSON round trip is lossless.
  return JSON.parse(JSON.stringify(out)) as Prisma.InputJsonObject;
}

/**
 * The end of every admin edit that audits what changed: compares the record's snapshot before with the form's; when
 * nothing differs nothing is written, else `write` saves the form and one "<kind>.updated" row lists the changes.
 */
export async function saveChanges<S extends Record<string, unknown>>(
  tx: Tx,
  actor: Actor,
  kind: AdminRecord,
  id: string,
  snapshots: { before: S; after: S },
  write: () => Promise<void>,
): Promise<void> {
  const changes = changedFields(snapshots.before, snapshots.after);
  if (Object.keys(changes).length === 0) return;
  await write();
  await auditChange(tx, actor, kind, "updated", id, changes);
}

/** The CONFLICT a form shows next to `field` when another record already holds its value. */
export function uniqueConflict(field: string, message: string, cause?: unknown): AppError {
  return new AppError("CONFLICT", message, { fieldErrors: { [field]: message }, cause });
}

/**
 * Runs `fn`, turning a unique violation into the CONFLICT on `field`: the service checks first for a clear message,
 * and this catches the race where another admin saved the same value in between.
 */
export async function withUnique<T>(field: string, message: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isUniqueViolation(e)) throw uniqueConflict(field, message, e);
    throw e;
  }
}

/** withUnique on a record's name, for the records whose name alone is unique (clinics, services). */
export function withUniqueName<T>(what: AdminRecord, name: string, fn: () => Promise<T>): Promise<T> {
  return withUnique("name", `There is already a ${what} called “${name}”. Pick another name.`, fn);
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
  clinic: (tx: Tx): ActiveFlag => tx.clinic,
  service: (tx: Tx): ActiveFlag => tx.service,
  provider: (tx: Tx): ActiveFlag => tx.provider,
};

/** Switches a clinic, service or provider off or on, audited as "<kind>.deactivated" / "<kind>.reactivated"; no change, no audit. */
export async function setRecordActive(prisma: AppPrismaClient, actor: Actor, kind: keyof typeof SWITCHABLE, input: TSetActiveInput): Promise<{ id: string }> {
  const table = SWITCHABLE[kind];
  return prisma.$transaction(async (tx) => {
    const before = await table(tx).findUnique({ where: { id: input.id }, select: { active: true } });
    if (!before) throw notFound(kind);
    if (before.active === input.active) return { id: input.id };
    await table(tx).update({ where: { id: input.id }, data: { active: input.active } });
    await auditChange(tx, actor, kind, input.active ? "reactivated" : "deactivated", input.id);
    return { id: input.id };
  });
}
