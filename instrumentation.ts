/** Next.js calls register() once per server process at start. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The message worker runs inside each app instance unless the deployment runs `npm run worker` separately.
  if (process.env.CADENCE_WORKER !== "off") {
    const { startInProcessWorker } = await import("./lib/notifications/in-process");
    await startInProcessWorker();
  }
}
