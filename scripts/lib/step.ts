/**
 * Runs one step of a long script and says so: its name when it starts, a line with the elapsed seconds every
 * `tickMs` while it runs (so a slow first start is never silent), and how long it took.
 */
export async function step<T>(label: string, work: () => Promise<T>, { tickMs = 10_000, log = console.log } = {}): Promise<T> {
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 1000);
  log(`▸ ${label}…`);
  const ticker = setInterval(() => log(`  … ${label.charAt(0).toLowerCase()}${label.slice(1)}, ${seconds()} s so far`), tickMs);
  try {
    const result = await work();
    log(`  ✔ ${label}: done in ${seconds()} s`);
    return result;
  } finally {
    clearInterval(ticker);
  }
}
