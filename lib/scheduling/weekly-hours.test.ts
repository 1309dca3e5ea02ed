import { parseLocalDate } from "./calendar";
import { getZone } from "./local-time";
import { weeklyByDay, weeklyHoursToUtc } from "./weekly-hours";

const day = (s: string) => parseLocalDate(s)!;
const iso = (ms: number) => new Date(ms).toISOString();

describe("weekly hours → UTC", () => {
  const london = getZone("Europe/London");

  it("merges touching intervals of one weekday", () => {
    const byDay = weeklyByDay([
      { weekday: 1, start: 480, end: 720 },
      { weekday: 1, start: 720, end: 1080 },
      { weekday: 2, start: 600, end: 660 },
    ]);
    expect(byDay[1]).toEqual([{ start: 480, end: 1080 }]);
    expect(byDay[2]).toEqual([{ start: 600, end: 660 }]);
    expect(byDay[3]).toEqual([]);
  });

  it("produces 09:00–17:00 local on each side of the spring change, skipping closures", () => {
    const out = weeklyHoursToUtc(
      london,
      [5, 1].map((weekday) => ({ weekday, start: 540, end: 1020 })),
      day("2026-03-27"),
      day("2026-04-03"),
      new Set([day("2026-04-03")]),
    );
    expect(out.map((i) => [iso(i.start), iso(i.end)])).toEqual([
      ["2026-03-27T09:00:00.000Z", "2026-03-27T17:00:00.000Z"],
      ["2026-03-30T08:00:00.000Z", "2026-03-30T16:00:00.000Z"],
    ]);
  });

  it("a whole day with 24:00 spans 23 or 25 real hours on change days", () => {
    const spring = weeklyHoursToUtc(london, [{ weekday: 7, start: 0, end: 1440 }], day("2026-03-29"), day("2026-03-29"));
    expect(spring[0].end - spring[0].start).toBe(23 * 3_600_000);
    const autumn = weeklyHoursToUtc(london, [{ weekday: 7, start: 0, end: 1440 }], day("2026-10-25"), day("2026-10-25"));
    expect(autumn[0].end - autumn[0].start).toBe(25 * 3_600_000);
  });

  it("drops an interval entirely inside a DST gap", () => {
    expect(weeklyHoursToUtc(london, [{ weekday: 7, start: 60, end: 110 }], day("2026-03-29"), day("2026-03-29"))).toEqual([]);
  });
});
