import { buildRequest } from "@/tests/unit/scheduling/build-request";
import { checkPlan } from "@/tests/unit/scheduling/plan-checker";
import { describePatientAvailability } from "./patient-availability";
import { planCourse } from "./plan";
import { parsePlanRequest } from "./schema";

// Hard rules 9 (the patient's availability) and 10 (travel between clinics), end to end through planCourse.

const londonDay = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { timeZone: "Europe/London", weekday: "short" });
const londonTime = (iso: string) => new Date(iso).toLocaleTimeString("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit" });

describe("patient availability (hard rule 9)", () => {
  it("places sessions only on the patient's weekdays, inside the windows, never on unavailable dates", () => {
    const req = buildRequest({
      sessions: [{ serviceId: "s1", count: 4 }],
      patientAvailability: { weekdays: [2, 4], windows: [{ start: "14:00", end: "16:30" }], unavailableDates: ["2026-03-05"] },
    });
    const plan = planCourse(req);
    expect(checkPlan(req, plan)).toEqual([]);
    expect(plan.sessions).toHaveLength(4);
    expect(plan.sessions.map((s) => londonDay(s.start))).toEqual(["Tue", "Tue", "Thu", "Tue"]);
    expect(plan.sessions.map((s) => s.start.slice(0, 10))).toEqual(["2026-03-03", "2026-03-10", "2026-03-12", "2026-03-17"]);
    for (const s of plan.sessions) expect(londonTime(s.start) >= "14:00" && londonTime(s.end) <= "16:30").toBe(true);
  });

  it("a window is wall-clock time on both sides of a DST change (London, 29 Mar 2026)", () => {
    const req = buildRequest({
      now: "2026-03-26T00:00:00Z",
      sessions: [{ serviceId: "s1", count: 2 }],
      patientAvailability: { weekdays: [5, 1], windows: [{ start: "09:00", end: "10:00" }] },
    });
    const plan = planCourse(req);
    expect(checkPlan(req, plan)).toEqual([]);
    expect(plan.sessions.map((s) => s.start)).toEqual(["2026-03-27T09:00:00.000Z", "2026-03-30T08:00:00.000Z"]);
  });

  it("says so when the patient's availability leaves a session out", () => {
    const req = buildRequest({
      expiresAt: "2026-03-21T00:00:00Z",
      sessions: [{ serviceId: "s1", count: 6 }],
      patientAvailability: { weekdays: [2, 4], windows: [{ start: "08:00", end: "12:00" }], unavailableDates: ["2026-03-12"] },
    });
    const plan = planCourse(req);
    expect(plan.sessions).toHaveLength(5);
    expect(plan.unplaced).toEqual([
      {
        serviceId: "s1",
        count: 1,
        reason:
          "only 5 days with time for Laser Therapy fit the patient's availability (Tuesdays or Thursdays, 08:00–12:00, not on 2026-03-12) before expiry 2026-03-21 (6 needed)",
      },
    ]);
  });

  it("says so when no time at all fits the patient", () => {
    const req = buildRequest({ patientAvailability: { weekdays: [6, 7] } });
    expect(planCourse(req).unplaced[0].reason).toBe("no time for Laser Therapy fits the patient's availability (Saturdays or Sundays) before expiry 2026-06-01");
  });

  it("names the patient's availability with the cadence when together they bind", () => {
    const req = buildRequest({
      expiresAt: "2026-03-14T00:00:00Z",
      sessions: [{ serviceId: "s1", count: 3 }],
      cadence: { minDaysBetween: 3 },
      patientAvailability: { weekdays: [1, 2, 3] },
    });
    expect(planCourse(req).unplaced[0].reason).toBe(
      "the patient's availability (Mondays, Tuesdays or Wednesdays) with the cadence (at least 3 days apart) leaves room for only 2 sessions of Laser Therapy before expiry 2026-03-14",
    );
  });

  it("is validated, naming the field", () => {
    const errorOf = (patientAvailability: unknown, extra: object = {}) => {
      const out = parsePlanRequest(JSON.parse(JSON.stringify({ ...buildRequest(), patientAvailability, ...extra })));
      return out.ok ? "ok" : out.error;
    };
    expect(errorOf({ weekdays: [] })).toBe("patientAvailability.weekdays: must not be empty (omit the field instead)");
    expect(errorOf({ windows: [] })).toBe("patientAvailability.windows: must not be empty (omit the field instead)");
    expect(errorOf({ weekdays: [8] })).toContain("patientAvailability.weekdays[0]");
    expect(errorOf({ windows: [{ start: "12:00", end: "11:00" }] })).toBe("patientAvailability.windows[0].end: end must be after start");
    expect(errorOf({ unavailableDates: ["2026-02-30"] })).toBe("patientAvailability.unavailableDates[0]: not a local date YYYY-MM-DD");
    expect(errorOf({}, { travelMinutes: -5 })).toBe("travelMinutes: must not be negative");
    expect(errorOf({ weekdays: [2] }, { travelMinutes: 30, patientBusy: [{ clinicId: "not-here", start: "2026-03-03T09:00:00Z", end: "2026-03-03T10:00:00Z" }] })).toBe("ok");
  });

  it("describes itself in words", () => {
    expect(describePatientAvailability({})).toBe("any time");
    expect(describePatientAvailability({ weekdays: [4, 2], windows: [{ start: "13:00", end: "17:00" }, { start: "08:00", end: "10:00" }] })).toBe(
      "Tuesdays or Thursdays, 08:00–10:00 or 13:00–17:00",
    );
    expect(describePatientAvailability({ unavailableDates: ["2026-03-20", "2026-03-19"] })).toBe("not on 2026-03-19 or 2026-03-20");
  });
});

describe("travel between clinics (hard rule 10)", () => {
  // The patient has an appointment 09:00–10:00 on Tue 3 Mar: elsewhere (travel needed) or at the same clinic.
  const planWith = (clinicId: string | undefined, travelMinutes: number) => {
    const req = buildRequest({
      sessions: [{ serviceId: "s2", count: 1 }],
      patientBusy: [{ start: "2026-03-02T09:00:00Z", end: "2026-03-02T10:00:00Z", ...(clinicId ? { clinicId } : {}) }],
      travelMinutes,
      patientAvailability: { unavailableDates: ["2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"] },
    });
    const plan = planCourse(req);
    expect(checkPlan(req, plan)).toEqual([]);
    return plan.sessions[0]?.start;
  };

  it("keeps the travel time after an appointment at another clinic", () => {
    expect(planWith("c2", 60)).toBe("2026-03-02T11:00:00.000Z");
    expect(planWith("c2", 90)).toBe("2026-03-02T11:30:00.000Z");
  });

  it("needs no travel time at the same clinic or when the appointment's clinic is unknown", () => {
    expect(planWith("c1", 60)).toBe("2026-03-02T10:00:00.000Z");
    expect(planWith(undefined, 60)).toBe("2026-03-02T10:00:00.000Z");
  });

  it("keeps the travel time before an appointment at another clinic", () => {
    const req = buildRequest({
      sessions: [{ serviceId: "s2", count: 1 }],
      patientBusy: [{ start: "2026-03-02T10:00:00Z", end: "2026-03-02T17:00:00Z", clinicId: "c2" }],
      travelMinutes: 31,
      patientAvailability: { windows: [{ start: "09:00", end: "12:00" }] },
    });
    const plan = planCourse(req);
    expect(plan.sessions[0].start).toBe("2026-03-03T09:00:00.000Z");
    const tight = planCourse({ ...req, travelMinutes: 30 }); // 09:00–09:30, then 30 minutes to get there by 10:00
    expect(tight.sessions[0].start).toBe("2026-03-02T09:00:00.000Z");
    // The independent checker sees the broken rule when the travel time grows under a fixed plan.
    expect(checkPlan({ ...req, travelMinutes: 31 }, tight).join()).toContain("travel");
  });
});
