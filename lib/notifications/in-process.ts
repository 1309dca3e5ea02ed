import { prisma } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/database/target";
import { logError } from "@/lib/log";
import { startMessageWorker } from "./worker";

const globalWorker = globalThis as unknown as { cadenceWorkerStarted?: boolean };

/** The app's own worker (started from instrumentation.ts) on the app's database client: one per process. */
export async function startInProcessWorker(): Promise<void> {
  if (globalWorker.cadenceWorkerStarted) return;
  globalWorker.cadenceWorkerStarted = true;
  try {
    const target = resolveDatabaseTarget();
    await startMessageWorker({
      db: prisma,
      kind: target.kind,
      databaseUrl: target.kind === "postgres" ? target.url : undefined,
      secret: process.env.NEXTAUTH_SECRET ?? "",
    });
  } catch (error) {
    // The app still serves; messages stay queued (visible at /admin/messages) until a worker runs.
    logError("message worker did not start", error);
  }
}
