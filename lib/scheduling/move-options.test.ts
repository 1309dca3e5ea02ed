import { buildRequest } from "@/tests/unit/scheduling/build-request";
import { checkPlan } from "@/tests/unit/scheduling/plan-checker";
import { moveOptions } from "./move-options";
import { planCourse } from "./plan";

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(iso) / DAY_MS); // London in March before DST: UTC days

describe("moveOptions (the preview's Move list)", () => {
  // Eight sessions, at least 2 days apart and at most 2 a week: Mon/Wed from 2 Mar to 25 Mar.
  const req = buildRequest({ sessions: [{ serviceId: "s1", count: 8 }], cadence: { minDaysBetween: 2, maxPerWeek: 2 }, expiresAt: "2026-05-01T00:00:00Z" });
  const plan = planCourse(req);

  it("lists the times by date, a few per day, each keeping the whole course valid", () => {
    const o = moveOptions(req, plan, 0)!;
    const starts = o.slots.map((s) => s.start);
    expect(starts).toEqual([...starts].sort());
    expect(o.shownDays.length).toBeGreaterThan(1);
    const perDay = new Map<number, number>();
    for (const s of o.slots) perDay.set(dayOf(s.start), (perDay.get(dayOf(s.start)) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(4);
    for (const alt of o.slots) {
      const sessions = plan.sessions.map((s, i) => (i === 0 ? alt : s)).sort((a, b) => a.start.localeCompare(b.start));
      expect(checkPlan(req, { ...plan, sessions })).toEqual([]);
    }
  });

  it("offers session 1 the days before session 2 the rules allow, not only days after the last session", () => {
    const o = moveOptions(req, plan, 0)!;
    const beforeSecond = o.slots.filter((s) => s.start < plan.sessions[1].start);
    expect(beforeSecond.length).toBeGreaterThan(0);
    expect(o.slots[0].start < plan.sessions[7].start).toBe(true);
  });

  it("jumps to the first free times on or after a chosen date, between the other sessions when the rules allow", () => {
    // Session 8 (25 Mar) asked for from 26 Mar: the next valid days, in order.
    const from = Date.parse("2026-03-26T00:00:00Z");
    const o = moveOptions(req, plan, 7, { from })!;
    expect(o.fromDay).toBe(dayOf("2026-03-26T00:00:00Z"));
    expect(o.slots.every((s) => Date.parse(s.start) >= from)).toBe(true);
    expect(o.slots[0].start.slice(0, 10)).toBe("2026-03-26");
    // Session 1 asked for from 5 Mar: 6 Mar is the only day before 30 Mar that keeps the rhythm with the others.
    const first = moveOptions(req, plan, 0, { from: Date.parse("2026-03-05T00:00:00Z") })!;
    expect(first.slots[0].start.slice(0, 10)).toBe("2026-03-06");
    expect(first.ruledOutDays.length).toBeGreaterThan(0);
  });

  it("never starts before the earliest allowed start, whatever `from` says", () => {
    const o = moveOptions(req, plan, 2, { from: Date.parse("2020-01-01T00:00:00Z") })!;
    expect(o.fromDay).toBe(o.earliestDay);
    expect(o.slots.every((s) => Date.parse(s.start) >= Date.parse(req.now))).toBe(true);
  });

  it("counts few days and names the patient's availability when it binds", () => {
    const tuesdays = buildRequest({
      sessions: [{ serviceId: "s1", count: 2 }],
      expiresAt: "2026-03-12T00:00:00Z",
      patientAvailability: { weekdays: [2], windows: [{ start: "09:00", end: "12:00" }] },
    });
    const o = moveOptions(tuesdays, planCourse(tuesdays), 0)!;
    expect(o.totalDays).toBe(1);
    expect(o.patientAvailability).toBe("Tuesdays, 09:00–12:00");
    expect(o.slots.every((s) => new Date(s.start).getUTCDay() === 2)).toBe(true);
  });

  it("returns null for an index outside the plan", () => {
    expect(moveOptions(req, plan, 20)).toBeNull();
  });
});
