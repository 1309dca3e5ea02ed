import { intersectIntervals, mergeIntervals, overlapsAny, subtractIntervals } from "./intervals";

const iv = (start: number, end: number) => ({ start, end });

describe("intervals", () => {
  it("merges touching and overlapping intervals, drops empty ones", () => {
    expect(mergeIntervals([iv(12, 18), iv(8, 12), iv(20, 20), iv(15, 16)])).toEqual([iv(8, 18)]);
  });
  it("intersects", () => {
    expect(intersectIntervals([iv(0, 10), iv(20, 30)], [iv(5, 25)])).toEqual([iv(5, 10), iv(20, 25)]);
    expect(intersectIntervals([iv(0, 10)], [iv(10, 20)])).toEqual([]);
  });
  it("subtracts busy blocks, including ones that start before the window", () => {
    expect(subtractIntervals([iv(0, 100)], [iv(-5, 10), iv(20, 30), iv(90, 200)])).toEqual([iv(10, 20), iv(30, 90)]);
    expect(subtractIntervals([iv(0, 10), iv(20, 30)], [iv(5, 25)])).toEqual([iv(0, 5), iv(25, 30)]);
  });
  it("subtracting many blocks agrees with a brute-force minute check", () => {
    const cut = mergeIntervals(Array.from({ length: 200 }, (_, i) => iv(i * 7 % 500, (i * 7 % 500) + (i % 5) + 1)));
    const free = subtractIntervals([iv(0, 500)], cut);
    for (let t = 0; t < 500; t++) {
      const inFree = free.some((f) => f.start <= t && t < f.end);
      const inCut = cut.some((c) => c.start <= t && t < c.end);
      expect(inFree).toBe(!inCut);
    }
  });
  it("detects overlap of half-open intervals", () => {
    const list = [iv(10, 20), iv(30, 40)];
    expect(overlapsAny(list, 20, 30)).toBe(false);
    expect(overlapsAny(list, 19, 21)).toBe(true);
    expect(overlapsAny(list, 0, 10)).toBe(false);
  });
});
