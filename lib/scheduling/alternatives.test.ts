import { buildRequest } from "@/tests/unit/scheduling/build-request";
import { checkPlan } from "@/tests/unit/scheduling/plan-checker";
import { alternativeSlots } from "./alternatives";
import { planCourse } from "./plan";

describe("alternativeSlots", () => {
  const req = buildRequest({ expiresAt: "2026-03-07T00:00:00Z", cadence: { minDaysBetween: 1 } });
  const plan = planCourse(req);

  it("offers other valid slots for one session, best (earliest finish, then earliest) first", () => {
    const alts = alternativeSlots(req, plan, 1, 3);
    expect(alts.map((a) => a.start.slice(0, 16))).toEqual(["2026-03-03T09:15", "2026-03-03T09:30", "2026-03-03T09:45"]);
    for (const alt of alternativeSlots(req, plan, 1, 50)) {
      const sessions = plan.sessions.map((s, i) => (i === 1 ? alt : s)).sort((a, b) => a.start.localeCompare(b.start));
      expect(checkPlan(req, { ...plan, sessions })).toEqual([]);
    }
  });

  it("never offers the current slot or a day already used by the course", () => {
    const alts = alternativeSlots(req, plan, 2, 1000);
    expect(alts.some((a) => a.start === plan.sessions[2].start)).toBe(false);
    expect(alts.some((a) => a.start.startsWith("2026-03-02") || a.start.startsWith("2026-03-03"))).toBe(false);
  });

  it("returns nothing for an index outside the plan", () => {
    expect(alternativeSlots(req, plan, 9, 5)).toEqual([]);
  });
});
