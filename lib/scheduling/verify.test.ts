import { planCourse } from "./plan";
import type { PlanRequest } from "./schema";
import { verifySessions } from "./verify";

const request: PlanRequest = {
  now: "2030-01-07T08:00:00Z",
  clinics: [{ id: "c1", timeZone: "Europe/London", hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: "09:00", end: "17:00" })), serviceIds: ["s1"] }],
  services: [{ id: "s1", durationMin: 45, bufferAfterMin: 15 }],
  providers: [{ id: "p1", serviceIds: ["s1"], availability: [1, 2, 3, 4, 5].map((weekday) => ({ clinicId: "c1", weekday, start: "09:00", end: "17:00" })) }],
  sessions: [{ serviceId: "s1", count: 3 }],
  clinicIds: ["c1"],
  providerIds: ["p1"],
  expiresAt: "2030-02-01T00:00:00Z",
  cadence: { minDaysBetween: 2 },
};

describe("verifySessions", () => {
  const plan = planCourse(request);

  test("the planner's own plan passes", () => {
    expect(plan.sessions).toHaveLength(3);
    expect(verifySessions(request, plan.sessions)).toEqual([]);
  });

  test("a session that became busy is unavailable", () => {
    const taken = { ...request, busy: [{ providerId: "p1", start: plan.sessions[1].start, end: plan.sessions[1].end }] };
    expect(verifySessions(taken, plan.sessions)).toEqual([{ index: 1, reason: "unavailable" }]);
  });

  test("outside opening hours or off the step grid is unavailable", () => {
    const evening = { ...plan.sessions[0], start: "2030-01-07T18:00:00.000Z", end: "2030-01-07T18:45:00.000Z" };
    const offGrid = { ...plan.sessions[0], start: "2030-01-07T10:07:00.000Z", end: "2030-01-07T10:52:00.000Z" };
    expect(verifySessions(request, [evening])).toEqual([{ index: 0, reason: "unavailable" }]);
    expect(verifySessions(request, [offGrid])).toEqual([{ index: 0, reason: "unavailable" }]);
  });

  test("two sessions a day apart break the cadence; one more than requested is too many", () => {
    const [first] = plan.sessions;
    const nextDay = { ...first, start: new Date(Date.parse(first.start) + 86_400_000).toISOString(), end: new Date(Date.parse(first.end) + 86_400_000).toISOString() };
    expect(verifySessions(request, [first, nextDay])).toEqual([{ index: 1, reason: "course-rule" }]);
    const fourth = { ...first, start: "2030-01-21T10:00:00.000Z", end: "2030-01-21T10:45:00.000Z" };
    expect(verifySessions(request, [...plan.sessions, fourth]).map((p) => p.reason)).toContain("too-many");
  });

  test("the patient's availability and travel time are checked too (rules 9 and 10)", () => {
    // The plan: Mon 7, Wed 9 and Fri 11 Jan 2030 at 09:00 London (= UTC).
    expect(plan.sessions.map((s) => s.start.slice(0, 10))).toEqual(["2030-01-07", "2030-01-09", "2030-01-11"]);
    const onlyMonFri = { ...request, patientAvailability: { weekdays: [1, 5], windows: [{ start: "08:00", end: "12:00" }] } };
    expect(verifySessions(onlyMonFri, plan.sessions)).toEqual([{ index: 1, reason: "unavailable" }]);
    const dentist = { start: "2030-01-11T10:00:00Z", end: "2030-01-11T11:00:00Z", clinicId: "dentist" };
    const travel = { ...request, patientBusy: [dentist], travelMinutes: 20 };
    expect(verifySessions(travel, plan.sessions)).toEqual([{ index: 2, reason: "unavailable" }]);
    expect(verifySessions({ ...travel, travelMinutes: 15 }, plan.sessions)).toEqual([]);
  });
});
