import { DatabaseLockedError } from "./lock";
import { processPrismaClient } from "./process-client";
import { resolveDatabaseTarget } from "./target";

/**
 * Run when the server starts, before it serves: on the embedded database, opens it — taking its directory lock —
 * so a second server on the same folder fails at its start instead of taking the database from the first at its
 * first sign-in. Returns the message to exit with when another process holds the lock. PostgreSQL is left to
 * connect on first use (several instances may share it, and a database still starting must not stop the app).
 */
export async function openDatabaseAtStart(): Promise<{ ok: true } | { ok: false; message: string }> {
  if (resolveDatabaseTarget().kind !== "pglite") return { ok: true };
  try {
    await processPrismaClient().$queryRawUnsafe("SELECT 1");
    return { ok: true };
  } catch (error) {
    if (error instanceof DatabaseLockedError) return { ok: false, message: error.message };
    throw error;
  }
}
