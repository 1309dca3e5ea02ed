import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/database/errors";

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
