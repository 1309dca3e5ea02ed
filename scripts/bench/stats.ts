/** The p-th percentile of `xs` by the nearest-rank method; NaN when there are none. */
export function pct(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** Milliseconds, whole; a dash for none. */
export const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : "—");
