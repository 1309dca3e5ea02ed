import { solveDays, DayProblem } from "./day-search";

// Day-level problems written as strings: one row per service, "x" = a session of it can go on that day.
function problem(rows: string[], counts: number[], extra: Partial<DayProblem> = {}): DayProblem {
  const nDays = rows[0].length;
  const K = rows.length;
  const feasible = new Uint8Array(nDays * K);
  rows.forEach((row, k) => [...row].forEach((ch, i) => (feasible[i * K + k] = ch === "x" ? 1 : 0)));
  return { dayLo: 0, nDays, counts, feasible, score: new Float64Array(nDays * K), bookedDays: [], minDaysBetween: 0, maxPerWeek: Infinity, ...extra };
}
const days = (p: DayProblem) => solveDays(p).placements.map((x) => `${x.day}:${x.demand}`);

describe("solveDays", () => {
  it("gives a scarce day to the service that needs it (earliest-first would lose a session)", () => {
    // Service 0 could take day 0 or 1; service 1 only day 0.
    const sol = solveDays(problem(["xx..", "x..."], [1, 1]));
    expect(sol.placed).toBe(2);
    expect(days(problem(["xx..", "x..."], [1, 1]))).toEqual(["0:1", "1:0"]);
  });

  it("skips a day when taking it would block a later, better pair (cadence)", () => {
    // Gap ≥ 2: taking day 0 for service 0 blocks day 1, the only day for service 1.
    const p = problem(["x..x", ".x.."], [1, 1], { minDaysBetween: 2 });
    expect(days(p)).toEqual(["1:1", "3:0"]);
  });

  it("finishes as early as possible", () => {
    const p = problem(["x.xxxxxx"], [3], { minDaysBetween: 2 });
    expect(solveDays(p).finish).toBe(4);
  });

  it("respects the weekly cap in ISO weeks (day 0 = 1970-01-01, a Thursday)", () => {
    const p = problem(["xxxxxxxxxx"], [4], { maxPerWeek: 1 });
    // Weeks start on days 4 (Mon 5 Jan) and 11: Thu 1 Jan week, then day 4, day 11, … only 3 fit in 10 days.
    expect(solveDays(p).placed).toBe(2);
    expect(days(p)).toEqual(["0:0", "4:0"]);
  });

  it("counts booked sessions for one-per-day, gap and week", () => {
    const p = problem(["xxxxxxx"], [2], { minDaysBetween: 2, bookedDays: [2] });
    expect(days(p)).toEqual(["0:0", "4:0"]);
    const capped = problem(["xxxxxxx"], [2], { maxPerWeek: 2, bookedDays: [1, 2] }); // days 0…3 are one ISO week
    expect(days(capped)).toEqual(["4:0", "5:0"]);
  });

  it("prefers higher scores when it costs nothing", () => {
    const p = problem(["xxx"], [1]);
    p.score[1] = 1;
    // Finishing earliest wins over the preferred day…
    expect(days(p)).toEqual(["0:0"]);
    const q = problem(["xxx", "xxx"], [1, 1]);
    q.score[2 * 2 + 0] = 0;
    q.score[0 * 2 + 1] = 1;
    // …but among plans finishing on day 1, the preferred assignment wins.
    expect(days(q)).toEqual(["0:1", "1:0"]);
  });

  it("places nothing when nothing is feasible", () => {
    expect(solveDays(problem(["...."], [2]))).toMatchObject({ placed: 0, placements: [] });
  });
});
