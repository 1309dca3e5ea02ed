import fc from "fast-check";
import { alternativeSlots, parsePlanRequest, planCourse } from "@/lib/scheduling";
import { planRequestArb } from "./arbitraries";
import { checkPlan } from "./plan-checker";

describe("planCourse (property)", () => {
  it("generated requests are valid", () => {
    fc.assert(
      fc.property(planRequestArb, (req) => {
        const parsed = parsePlanRequest(JSON.parse(JSON.stringify(req)));
        if (!parsed.ok) throw new Error(parsed.error);
      }),
      { numRuns: 300 },
    );
  });

  it("every plan satisfies every hard rule (independent checker)", () => {
    fc.assert(
      fc.property(planRequestArb, (req) => {
        const plan = planCourse(req);
        expect(checkPlan(req, plan)).toEqual([]);
      }),
      { numRuns: 2500 },
    );
  });

  it("every alternative slot keeps the plan valid", () => {
    fc.assert(
      fc.property(planRequestArb, fc.nat(), (req, pick) => {
        const plan = planCourse(req);
        if (plan.sessions.length === 0) return;
        const index = pick % plan.sessions.length;
        for (const alt of alternativeSlots(req, plan, index, 5)) {
          const sessions = plan.sessions.map((s, i) => (i === index ? alt : s)).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
          expect(checkPlan(req, { ...plan, sessions })).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("does not depend on the process time zone", () => {
    const reqs = fc.sample(planRequestArb, { numRuns: 60, seed: 42 });
    const before = reqs.map((r) => JSON.stringify(planCourse(r)));
    const tz = process.env.TZ;
    process.env.TZ = "Pacific/Auckland";
    try {
      expect(reqs.map((r) => JSON.stringify(planCourse(r)))).toEqual(before);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});
