/**
 * Next calls register() once per server process at start, before it serves requests. It runs in the Node.js
 * runtime only, and its database work never during `next build` (whose page workers run this too and must not lock
 * the embedded database's folder).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Forwarded headers are believed only from configured proxies (CADENCE_TRUST_PROXY): drop the rest first.
  const { guardForwardedHeaders } = await import("./lib/net/forwarded-headers");
  guardForwardedHeaders();
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // The embedded database's lock is taken now, so a second server on the same folder fails before it serves.
  const { openDatabaseAtStart } = await import("./lib/database/startup");
  const opened = await openDatabaseAtStart();
  if (!opened.ok) {
    console.error(`\n✖ ${opened.message}\n`);
    process.exit(1);
  }
  const { startExpirySettlement } = await import("./lib/jobs/expiry-settlement");
  startExpirySettlement();
  // The message worker runs inside each app instance unless the deployment runs `npm run worker` separately.
  if (process.env.CADENCE_WORKER !== "off") {
    const { startInProcessWorker } = await import("./lib/notifications/in-process");
    await startInProcessWorker();
  }
}
