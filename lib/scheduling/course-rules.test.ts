import { FixedCourse, firstCourseViolation, gapKept, keepsDayOrder } from "./course-rules";

// Day numbers: 20514 = Mon 2 Mar 2026 (ISO weeks start on 20514, 20521, …).
const MON = 20514;

describe("course rules", () => {
  it("gap: distinct days, at least minDaysBetween apart, never backwards", () => {
    expect(gapKept({ minDaysBetween: 0, maxPerWeek: Infinity }, MON, MON)).toBe(false);
    expect(gapKept({ minDaysBetween: 0, maxPerWeek: Infinity }, MON, MON - 1)).toBe(false);
    expect(gapKept({ minDaysBetween: 2, maxPerWeek: Infinity }, MON, MON + 1)).toBe(false);
    expect(gapKept({ minDaysBetween: 2, maxPerWeek: Infinity }, MON, MON + 2)).toBe(true);
  });

  it("a fixed course allows a day only with the gap to both neighbours and room in the ISO week", () => {
    const course = new FixedCourse({ minDaysBetween: 2, maxPerWeek: 2 }, [MON + 4, MON]);
    expect(course.last).toBe(MON + 4);
    expect([MON + 1, MON + 2, MON + 3, MON + 6, MON + 7].map((d) => course.allows(d))).toEqual([false, false, false, false, true]); // Sun is still the full week
    expect(course.dayFree(MON + 2)).toBe(true); // the gap is fine; the week (Mon and Fri taken) is full
    expect(course.weekRoom(MON + 6)).toBe(0);
    expect(new FixedCourse({ minDaysBetween: 0, maxPerWeek: Infinity }, []).allows(MON)).toBe(true);
  });

  it("blames the later planned session, never a booked one", () => {
    const rules = { minDaysBetween: 2, maxPerWeek: 1 };
    const items = [
      { day: MON, start: 1, planned: true },
      { day: MON + 1, start: 2, planned: false },
    ];
    expect(firstCourseViolation(rules, items)).toBe(0);
    expect(firstCourseViolation(rules, [items[0], { day: MON + 3, start: 3, planned: true }])).toBe(1); // same ISO week
    expect(firstCourseViolation({ minDaysBetween: 2, maxPerWeek: 2 }, [items[0], { day: MON + 3, start: 3, planned: true }])).toBeNull();
  });

  it("local days may not run backwards in start order (two zones)", () => {
    expect(keepsDayOrder([{ day: MON + 1, start: 100 }], MON, 200)).toBe(false);
    expect(keepsDayOrder([{ day: MON + 1, start: 100 }], MON + 2, 200)).toBe(true);
  });
});
