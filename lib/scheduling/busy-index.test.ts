import { buildBusyIndex, subtractBusy } from "./busy-index";

const DAY = 86_400_000;
const H = 3_600_000;

function index(blocks: [number, number][], firstDay = 0, lastDay = 10) {
  return buildBusyIndex(Float64Array.from(blocks.map((b) => b[0])), Float64Array.from(blocks.map((b) => b[1])), blocks.length, firstDay, lastDay);
}

describe("busy index", () => {
  it("subtracts blocks from a window, in any input order, overlapping or not", () => {
    const idx = index([
      [DAY + 12 * H, DAY + 13 * H],
      [DAY + 9 * H, DAY + 10 * H],
      [DAY + 9.5 * H, DAY + 10.5 * H],
    ]);
    expect(subtractBusy([{ start: DAY + 8 * H, end: DAY + 17 * H }], idx)).toEqual([
      { start: DAY + 8 * H, end: DAY + 9 * H },
      { start: DAY + 10.5 * H, end: DAY + 12 * H },
      { start: DAY + 13 * H, end: DAY + 17 * H },
    ]);
  });

  it("finds blocks that started on an earlier day (time off over several days)", () => {
    const idx = index([[0.5 * DAY, 3.5 * DAY]]);
    expect(subtractBusy([{ start: 2 * DAY + 9 * H, end: 2 * DAY + 17 * H }], idx)).toEqual([]);
    expect(subtractBusy([{ start: 3 * DAY + 9 * H, end: 3 * DAY + 17 * H }], idx)).toEqual([{ start: 3.5 * DAY, end: 3 * DAY + 17 * H }]);
  });

  it("handles windows crossing UTC midnight and ignores empty blocks and blocks outside the horizon", () => {
    const idx = index([
      [2 * DAY - H, 2 * DAY + H],
      [5 * DAY, 5 * DAY],
      [50 * DAY, 51 * DAY],
    ]);
    expect(subtractBusy([{ start: 2 * DAY - 2 * H, end: 2 * DAY + 2 * H }], idx)).toEqual([
      { start: 2 * DAY - 2 * H, end: 2 * DAY - H },
      { start: 2 * DAY + H, end: 2 * DAY + 2 * H },
    ]);
    expect(idx.starts.length).toBe(2);
  });

  it("agrees with a brute-force minute check on random blocks", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const blocks: [number, number][] = Array.from({ length: 300 }, () => {
      const s = Math.floor(rnd() * 6 * 24 * 4) * 15 * 60_000;
      return [s, s + Math.floor(1 + rnd() * 16) * 15 * 60_000];
    });
    const idx = index(blocks, 0, 7);
    const win = { start: 2 * DAY + 3 * H, end: 3 * DAY + 5 * H };
    const free = subtractBusy([win], idx);
    for (let t = win.start; t < win.end; t += 15 * 60_000) {
      const busy = blocks.some(([s, e]) => s <= t && t < e);
      expect(free.some((f) => f.start <= t && t < f.end)).toBe(!busy);
    }
  });
});
