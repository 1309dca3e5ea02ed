/**
 * Next calls register() once per server process at start. Background work that must not happen while a page
 * renders starts here, in the Node.js runtime only, and never during `next build` (which must not open the database).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startExpirySettlement } = await import("./lib/jobs/expiry-settlement");
  startExpirySettlement();
}
