import type { MoveOptions } from "@/lib/scheduling";
import { moveNote, moveRangeLabel } from "./move-note";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const options = (over: Partial<MoveOptions>): MoveOptions => ({
  slots: [],
  earliestDay: day("2026-03-02"),
  fromDay: day("2026-03-03"),
  lastDay: day("2026-03-10"),
  shownDays: [],
  total: 0,
  totalDays: 0,
  ruledOutDays: [],
  fixedDays: [],
  patientAvailability: null,
  minDaysBetween: 2,
  maxPerWeek: 2,
  ...over,
});

describe("the Move list's words", () => {
  it("says how few times fit between which dates, and that the patient's availability is why", () => {
    const note = moveNote(options({ total: 2, totalDays: 1, shownDays: [day("2026-03-03")], patientAvailability: "Tuesdays, 08:00–12:00" }));
    expect(note).toBe("Only 2 times fit between Tue 3 Mar and Tue 10 Mar 2026: the patient can come only Tuesdays, 08:00–12:00.");
  });

  it("names the course's rhythm when free days are excluded by the other sessions", () => {
    const note = moveNote(options({ total: 0, totalDays: 0, ruledOutDays: [day("2026-03-05"), day("2026-03-06")] }));
    expect(note).toBe(
      "No other time fits between Tue 3 Mar and Tue 10 Mar 2026: 2 more days have free time but would break the course's rhythm with the other sessions (one a day, at least 2 days apart, at most 2 a week).",
    );
  });

  it("with plenty of days, stays quiet unless days inside the range shown are left out", () => {
    const shownDays = [day("2026-03-03"), day("2026-03-05"), day("2026-03-09")];
    expect(moveNote(options({ total: 12, totalDays: 3, shownDays }))).toBeNull();
    expect(moveNote(options({ total: 12, totalDays: 3, shownDays, ruledOutDays: [day("2026-03-04"), day("2026-03-20")] }))).toBe(
      "1 day with free time in this range is left out: they would break the course's rhythm with the other sessions (one a day, at least 2 days apart, at most 2 a week).",
    );
  });

  it("labels the range shown, or what was searched", () => {
    expect(moveRangeLabel(options({ shownDays: [day("2026-03-03"), day("2026-03-09")] }))).toBe("Times from Tue 3 Mar to Mon 9 Mar 2026 (clinic time)");
    expect(moveRangeLabel(options({ shownDays: [] }))).toBe("No times from Tue 3 Mar to Tue 10 Mar 2026");
  });
});
