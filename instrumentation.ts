/**
 * Next calls register() once per server process at start, before it serves requests. Background work that must not
 * happen while a page renders starts here, in the Node.js runtime only, and never during `next build` (which must
 * not open the database).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Forwarded headers are believed only from configured proxies (CADENCE_TRUST_PROXY): drop the rest first.
  const { guardForwardedHeaders } = await import("./lib/net/forwarded-headers");
  guardForwardedHeaders();
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startExpirySettlement } = await import("./lib/jobs/expiry-settlement");
  startExpirySettlement();
}
