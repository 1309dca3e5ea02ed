import { minutesToTime, timeToMinutes, zMoneyMinor, zTimeZone, zWeeklyIntervals } from "@/lib/validations/common";

describe("shared form validation", () => {
  test("weekly intervals: touching is fine, overlapping names the other interval, end before start is refused", () => {
    expect(zWeeklyIntervals.safeParse([{ weekday: 1, start: "08:00", end: "12:00" }, { weekday: 1, start: "12:00", end: "18:00" }]).success).toBe(true);
    const overlap = zWeeklyIntervals.safeParse([{ weekday: 2, start: "08:00", end: "12:00" }, { weekday: 2, start: "11:00", end: "13:00" }]);
    expect(overlap.success).toBe(false);
    expect(overlap.error!.issues[0]).toMatchObject({ path: [1, "start"], message: "Overlaps Tuesday 08:00–12:00." });
    const backwards = zWeeklyIntervals.safeParse([{ weekday: 3, start: "17:00", end: "09:00" }]);
    expect(backwards.error!.issues[0]).toMatchObject({ path: [0, "end"], message: "The end must be after the start." });
    expect(zWeeklyIntervals.safeParse([{ weekday: 3, start: "9:00", end: "10:00" }]).error!.issues[0].message).toBe(
      "Use 24-hour time, like 09:00 or 17:30.",
    );
  });

  test("money is parsed to minor units and never negative", () => {
    expect(zMoneyMinor.parse("£1,200.50")).toBe(120050);
    expect(zMoneyMinor.parse(420)).toBe(42000);
    expect(zMoneyMinor.safeParse("-5").error!.issues[0].message).toBe("The price cannot be negative.");
    expect(zMoneyMinor.safeParse("12.345").error!.issues[0].message).toBe("Enter an amount like 420 or 420.50.");
  });

  test("time zones must be IANA names", () => {
    expect(zTimeZone.safeParse("Europe/London").success).toBe(true);
    expect(zTimeZone.safeParse("Mars/Olympus").error!.issues[0].message).toBe("Pick a time zone from the list, like Europe/London.");
  });

  test("times round-trip through minutes", () => {
    expect(timeToMinutes("24:00")).toBe(1440);
    expect(minutesToTime(570)).toBe("09:30");
  });
});
