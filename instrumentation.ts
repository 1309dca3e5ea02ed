// Next runs register() once when the server starts, before it serves a request.

export async function register() {
  // Not in the edge runtime, and not in `next build` (its page workers run this too, and must not lock .data).
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { openDatabaseAtStart } = await import("./lib/database/startup");
  const opened = await openDatabaseAtStart();
  if (!opened.ok) {
    console.error(`\n✖ ${opened.message}\n`);
    process.exit(1);
  }
}
