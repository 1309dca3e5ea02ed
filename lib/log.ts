/** Server-side logging in one place, so that what reaches the logs (and never the browser) is easy to find. */
export function logError(context: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`[cadence] ${context}: ${detail}`);
}

export function logInfo(message: string): void {
  console.log(`[cadence] ${message}`);
}
