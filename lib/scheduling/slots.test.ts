import { getZone } from "./local-time";
import { gridStarts, nextGridStart, startRanges } from "./slots";

const iso = (ms: number) => new Date(ms).toISOString();
const at = (s: string) => Date.parse(s);

describe("slot grid", () => {
  const london = getZone("Europe/London");
  const kolkata = getZone("Asia/Kolkata");

  it("rounds up to the wall-clock grid", () => {
    expect(iso(nextGridStart(london, at("2026-03-02T09:07:00Z"), 15))).toBe("2026-03-02T09:15:00.000Z");
    expect(iso(nextGridStart(london, at("2026-03-02T09:15:00Z"), 15))).toBe("2026-03-02T09:15:00.000Z");
    // +05:30: local 09:00 is 03:30Z, so an hourly grid sits on :30 UTC.
    expect(iso(nextGridStart(kolkata, at("2026-03-02T03:10:00Z"), 60))).toBe("2026-03-02T03:30:00.000Z");
  });

  it("follows the grid across a DST change", () => {
    // 45-minute grid on 2026-03-29 in London: 00:00, 00:45 GMT, then the clock jumps; next on-grid wall time
    // after the change at 01:00Z (02:00 BST) is 02:15 BST = 01:15Z, then 03:00 BST.
    const starts = gridStarts(london, at("2026-03-29T00:00:00Z"), at("2026-03-29T02:00:00Z"), 45);
    expect(starts.map(iso)).toEqual([
      "2026-03-29T00:00:00.000Z",
      "2026-03-29T00:45:00.000Z",
      "2026-03-29T01:15:00.000Z",
      "2026-03-29T02:00:00.000Z",
    ]);
    for (const s of starts) expect(london.minuteOf(s) % 45).toBe(0);
  });

  it("lists grid starts within a range, up to a limit", () => {
    const lo = at("2026-03-02T09:00:00Z");
    expect(gridStarts(london, lo, lo + 3_600_000, 30)).toHaveLength(3);
    expect(gridStarts(london, lo, lo + 3_600_000, 30, 2)).toHaveLength(2);
  });

  it("turns free intervals into start ranges for a block length", () => {
    expect(startRanges([{ start: 0, end: 100 }, { start: 200, end: 230 }], 50)).toEqual([[0, 50]]);
  });
});
