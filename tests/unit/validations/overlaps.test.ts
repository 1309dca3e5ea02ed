import { overlappingPairs, type Span } from "@/lib/validations/overlaps";
import { zWeeklyIntervals, minutesToTime } from "@/lib/validations/common";

/** The old answer: compare every pair; an interval is flagged when it overlaps one before it in the list. */
function pairwise(spans: readonly Span[]): Set<number> {
  const flagged = new Set<number>();
  spans.forEach((a, i) => {
    for (let j = 0; j < i; j++) {
      const b = spans[j];
      if (a.group === b.group && a.start < b.end && b.start < a.end) flagged.add(i);
    }
  });
  return flagged;
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let t = seed;
  return () => {
    t = (t + 0x6d2b79f5) | 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

function randomSpans(next: () => number): Span[] {
  const n = Math.floor(next() * 30);
  return Array.from({ length: n }, () => {
    const start = Math.floor(next() * 48) * 30;
    const end = Math.min(1440, start + 30 * (1 + Math.floor(next() * 8)));
    return { group: 1 + Math.floor(next() * 3), start, end };
  });
}

describe("overlappingPairs (sort and sweep)", () => {
  test("agrees with comparing every pair on 2,000 random timetables", () => {
    const next = random(20261206);
    for (let run = 0; run < 2000; run++) {
      const spans = randomSpans(next);
      const pairs = overlappingPairs(spans);
      // Same verdict: some overlap ⇔ the pairwise check finds one.
      expect(pairs.length > 0).toBe(pairwise(spans).size > 0);
      // Every reported pair really overlaps.
      for (const [i, j] of pairs) {
        expect(i).not.toBe(j);
        expect(spans[i].group === spans[j].group && spans[i].start < spans[j].end && spans[j].start < spans[i].end).toBe(true);
      }
      // Exactly the intervals the pairwise check flags when the list is taken in start order.
      const order = spans.map((_, i) => i).sort((a, b) => spans[a].group - spans[b].group || spans[a].start - spans[b].start || a - b);
      const inOrder = pairwise(order.map((i) => spans[i]));
      expect(new Set(pairs.map(([i]) => i))).toEqual(new Set([...inOrder].map((k) => order[k])));
    }
  });

  test("touching is not overlapping; different weekdays never overlap", () => {
    expect(overlappingPairs([{ group: 1, start: 0, end: 60 }, { group: 1, start: 60, end: 120 }, { group: 2, start: 0, end: 120 }])).toEqual([]);
  });

  test("is linear-logarithmic: 20,000 overlapping intervals (200 million pairs) take well under 100 ms", () => {
    const spans = Array.from({ length: 20_000 }, (_, i) => ({ group: 1 + (i % 7), start: i % 600, end: (i % 600) + 300 }));
    const started = performance.now();
    overlappingPairs(spans);
    expect(performance.now() - started).toBeLessThan(100);
  });

  test("the timetable schema reports each overlapping interval once, naming the one it overlaps", () => {
    const week = [
      { weekday: 1, start: "09:00", end: "17:00" },
      { weekday: 1, start: "12:00", end: "13:00" },
      { weekday: 1, start: "08:00", end: "09:30" },
    ];
    const result = zWeeklyIntervals.safeParse(week);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["0.start", "Overlaps Monday 08:00–09:30."],
      ["1.start", "Overlaps Monday 09:00–17:00."],
    ]);
    expect(minutesToTime(570)).toBe("09:30");
  });
});
