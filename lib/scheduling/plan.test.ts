import { buildRequest } from "@/tests/unit/scheduling/build-request";
import { checkPlan } from "@/tests/unit/scheduling/plan-checker";
import { planCourse } from "./plan";
import type { PlanRequest } from "./schema";

const weekdays = [1, 2, 3, 4, 5];
const plan = (req: PlanRequest) => {
  const result = planCourse(req);
  expect(checkPlan(req, result)).toEqual([]);
  return result;
};
const starts = (req: PlanRequest) => plan(req).sessions.map((s) => `${s.serviceId}@${s.start.slice(0, 16)}`);

describe("planCourse", () => {
  it("places a simple course on consecutive days, earliest first", () => {
    expect(starts(buildRequest())).toEqual(["s1@2026-03-02T09:00", "s1@2026-03-03T09:00", "s1@2026-03-04T09:00"]);
  });

  it("gives the scarce day to the service that needs it (a myopic planner loses a session here)", () => {
    const base = buildRequest();
    // p2 alone does Massage, and only on Monday 2 March before expiry; Laser could go any day.
    const req = buildRequest({
      expiresAt: "2026-03-04T00:00:00Z",
      providers: [
        { ...base.providers[0], serviceIds: ["s1"] },
        { id: "p2", serviceIds: ["s2"], availability: [{ clinicId: "c1", weekday: 1, start: "09:00", end: "17:00" }] },
      ],
      providerIds: ["p1", "p2"],
      sessions: [{ serviceId: "s1", count: 1 }, { serviceId: "s2", count: 1 }],
    });
    expect(starts(req)).toEqual(["s2@2026-03-02T09:00", "s1@2026-03-03T09:00"]);
  });

  it("follows the cadence and counts sessions already booked", () => {
    const req = buildRequest({
      sessions: [{ serviceId: "s1", count: 3 }],
      cadence: { minDaysBetween: 2, maxPerWeek: 2 },
      courseBooked: [{ clinicId: "c1", start: "2026-03-02T09:00:00Z", end: "2026-03-02T10:00:00Z" }],
    });
    // Booked Mon 2 → Wed 4 (2 days later) fills the week; next week Mon 9, Wed 11.
    expect(starts(req)).toEqual(["s1@2026-03-04T09:00", "s1@2026-03-09T09:00", "s1@2026-03-11T09:00"]);
  });

  it("keeps local opening hours across DST and in two time zones", () => {
    const base = buildRequest();
    const ny = {
      ...base.clinics[0],
      id: "c2",
      timeZone: "America/New_York",
      hours: weekdays.map((weekday) => ({ weekday, start: "10:00", end: "12:00" })),
    };
    const mondays = (clinicIds: string[]) =>
      plan(
        buildRequest({
          now: "2026-03-02T00:00:00Z",
          expiresAt: "2026-04-01T00:00:00Z",
          clinics: [base.clinics[0], ny],
          providers: [
            { ...base.providers[0], availability: [{ clinicId: "c2", weekday: 1, start: "10:00", end: "12:00" }, ...base.providers[0].availability!] },
          ],
          clinicIds,
          sessions: [{ serviceId: "s1", count: 5 }],
          cadence: { minDaysBetween: 7 },
        }),
      ).sessions.map((s) => `${s.clinicId}@${s.start.slice(0, 16)}`);
    // 09:00 London is 09:00Z before 29 March and 08:00Z after; 10:00 New York is 15:00Z before 8 March, 14:00Z after.
    expect(mondays(["c1"])).toEqual(["c1@2026-03-02T09:00", "c1@2026-03-09T09:00", "c1@2026-03-16T09:00", "c1@2026-03-23T09:00", "c1@2026-03-30T08:00"]);
    expect(mondays(["c2"])).toEqual(["c2@2026-03-02T15:00", "c2@2026-03-09T14:00", "c2@2026-03-16T14:00", "c2@2026-03-23T14:00", "c2@2026-03-30T14:00"]);
  });

  it("finishing early beats a preferred weekday", () => {
    const req = buildRequest({ now: "2026-03-05T00:00:00Z", preferences: { weekdays: [1] }, sessions: [{ serviceId: "s1", count: 2 }], cadence: { minDaysBetween: 7 } });
    expect(starts(req)).toEqual(["s1@2026-03-05T09:00", "s1@2026-03-12T09:00"]);
  });

  it("prefers preferred weekdays, windows and providers only when that costs nothing", () => {
    const base = buildRequest();
    const req = buildRequest({
      providers: [base.providers[0], { ...base.providers[0], id: "p2" }],
      providerIds: ["p1", "p2"],
      sessions: [{ serviceId: "s1", count: 2 }],
      cadence: { maxPerWeek: 2 },
      preferences: { weekdays: [3, 4], windows: [{ start: "13:00", end: "15:00" }], providerIds: ["p2"] },
    });
    // The earliest finish is Tuesday 3 March (Mon + Tue); preferences cannot move the course later, so only the
    // time and provider follow them, and Wednesday is not used.
    const result = plan(req);
    expect(result.sessions.map((s) => `${s.providerId}@${s.start.slice(0, 16)}`)).toEqual(["p2@2026-03-02T13:00", "p2@2026-03-03T13:00"]);
  });

  it("lists what it cannot place with a reason, and still exits with a plan", () => {
    const req = buildRequest({ expiresAt: "2026-03-04T00:00:00Z", sessions: [{ serviceId: "s1", count: 5 }] });
    const result = plan(req);
    expect(result.sessions).toHaveLength(2);
    expect(result.unplaced).toEqual([
      { serviceId: "s1", count: 3, reason: "only 2 days with availability for Laser Therapy with the selected providers before expiry 2026-03-04" },
    ]);
  });

  it("places nothing, with reasons, when nothing fits", () => {
    const req = buildRequest({ expiresAt: "2026-03-02T08:00:00Z" });
    expect(plan(req)).toEqual({
      sessions: [],
      unplaced: [{ serviceId: "s1", count: 3, reason: "no availability for Laser Therapy with the selected providers before expiry 2026-03-02" }],
    });
  });
});
