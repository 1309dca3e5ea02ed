/**
 * Reads until `ok` accepts the value or the time is up, and returns the last value read: for what changes on the
 * server with nothing on the page to wait for (a refresh that lands later, a row the database has not got yet).
 */
export async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Waits until `check` holds; fails when it has not within the time. */
export async function expectEventually(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  if (!(await eventually(check, (held) => held, timeoutMs))) throw new Error("Condition not met in time.");
}
