/**
 * `npm run worker`: the message worker on its own, for a deployment that runs the web app with CADENCE_WORKER=off
 * and workers separately. Several workers (and app instances) may run against one PostgreSQL at once. On the
 * embedded database the worker runs inside the app instead (`npm start`); running it alone then needs the app
 * stopped (one process may open the embedded database).
 */
import { closePrismaClient, createPrismaClient, databaseKind } from "../lib/database/client";
import { resolveDatabaseTarget } from "../lib/database/target";
import { startMessageWorker } from "../lib/notifications/worker";
import { developmentSecret } from "./lib/secret";

async function main() {
  const target = resolveDatabaseTarget();
  const secret = process.env.NEXTAUTH_SECRET?.trim() || (target.kind === "pglite" ? developmentSecret(target.dataDir) : "");
  if (!secret) {
    console.error("✖ NEXTAUTH_SECRET is required (it signs the unsubscribe links); use the app's value.");
    process.exit(1);
  }
  const db = createPrismaClient({ target, purpose: "Cadence worker", maxConnections: 4 });
  const worker = await startMessageWorker({ db, kind: databaseKind(db), databaseUrl: target.kind === "postgres" ? target.url : undefined, secret });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop();
    await closePrismaClient(db);
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(`✖ The worker could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
