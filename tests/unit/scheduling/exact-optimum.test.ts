import fc from "fast-check";
import { planCourse, type PlanRequest } from "@/lib/scheduling";
import { finishOf, solveExact, type Highs } from "@/scripts/bench/exact";
import { PROFILES, smallRequest } from "@/scripts/bench/generate";
import { planRequestArb } from "./arbitraries";
import { checkPlan } from "./plan-checker";

// The planner's claim is not only "valid" (an empty plan is valid) but "best": as many sessions as possible, then
// the earliest finish. On tiny requests (≤ 6 sessions) a MILP solved exactly by HiGHS knows the optimum; its day
// feasibility comes from enumerating every slot (scripts/bench/naive.ts), not from the planner.

const MAX_SESSIONS = 6;
const PER_PROFILE = 8;
const total = (r: PlanRequest) => r.sessions.reduce((a, s) => a + s.count, 0);


let highs: Highs;
beforeAll(async () => {
  const load = (await import("highs")).default as unknown as () => Promise<Highs>;
  highs = await load();
});

function compare(label: string, req: PlanRequest) {
  const exact = solveExact(highs, req);
  const plan = planCourse(req);
  expect({ label, errors: checkPlan(req, plan) }).toEqual({ label, errors: [] });
  const got = { label, placed: plan.sessions.length, finish: finishOf(req, plan, exact.firstDay) };
  expect(got).toEqual({ label, placed: exact.placed, finish: exact.finish });
  return exact.placed;
}

describe("planCourse places the optimal count and finishes on the optimal day (exact MILP)", () => {
  // One zone per request, each difficulty profile of the benchmark: scarce days, competing services, cadence,
  // preferences, DST, the patient's availability binding, travel between clinics.
  it.each(PROFILES.map((p) => [p]))("profile %s", (profile) => {
    let n = 0;
    let placedSomething = 0;
    let bound = 0; // requests where the optimum leaves a session out: the comparison is not trivial
    for (let seed = 1; n < PER_PROFILE && seed < 400; seed++) {
      const req = smallRequest(seed + 50_000, profile);
      if (total(req) > MAX_SESSIONS) continue;
      n++;
      const placed = compare(`${profile}#${seed + 50_000}`, req);
      if (placed > 0) placedSomething++;
      if (placed < total(req)) bound++;
    }
    expect(n).toBe(PER_PROFILE);
    expect(placedSomething).toBeGreaterThanOrEqual(PER_PROFILE / 2);
    if (profile === "scarce" || profile === "patient") expect(bound).toBeGreaterThan(0);
  });

  // Two clinics, possibly in different zones, near DST changes, with every optional field (cadence, preferences,
  // booked sessions, the patient's availability, travel).
  it("random requests over one or two zones", () => {
    const reqs = fc.sample(planRequestArb, { numRuns: 400, seed: 20261206 }).filter((r) => total(r) <= MAX_SESSIONS);
    const twoZones = reqs.filter((r) => r.clinicIds.length === 2 && new Set(r.clinics.map((c) => c.timeZone)).size === 2);
    expect(twoZones.length).toBeGreaterThanOrEqual(20);
    let placedSomething = 0;
    for (const [i, req] of reqs.slice(0, 100).entries()) if (compare(`random#${i}`, req) > 0) placedSomething++;
    expect(placedSomething).toBeGreaterThanOrEqual(30);
  });
});
