/** A half-open span [start, end) in some group (a weekday); spans of different groups never overlap. */
export type Span = { group: number; start: number; end: number };

/**
 * Overlaps within a list of spans, found by sorting and sweeping: O(n log n), where comparing every pair would be
 * quadratic and let one large request block the server.
 *
 * Returns [index, partner] for every span that overlaps a span starting before it (equal starts: the earlier in the
 * list comes first); `partner` is the overlapped span that reaches furthest. Indices are positions in `spans`.
 * Touching spans (one ends where the next starts) do not overlap. Empty result ⇔ no two spans overlap.
 */
export function overlappingPairs(spans: readonly Span[]): [number, number][] {
  const order = spans.map((_, i) => i);
  order.sort((a, b) => spans[a].group - spans[b].group || spans[a].start - spans[b].start || a - b);
  const out: [number, number][] = [];
  let reach = -1;
  for (const i of order) {
    const s = spans[i];
    if (reach >= 0 && spans[reach].group === s.group && s.start < spans[reach].end) out.push([i, reach]);
    if (reach < 0 || spans[reach].group !== s.group || s.end > spans[reach].end) reach = i;
  }
  return out;
}
