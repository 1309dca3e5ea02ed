import { buildRequest } from "@/tests/unit/scheduling/build-request";
import { planCourse } from "./plan";
import type { PlanRequest } from "./schema";

const reasonOf = (req: PlanRequest, serviceId = "s1") => planCourse(req).unplaced.find((u) => u.serviceId === serviceId)?.reason;
const base = buildRequest();

describe("unplaced reasons", () => {
  it("no selected clinic offers the service", () => {
    expect(reasonOf(buildRequest({ clinics: [{ ...base.clinics[0], serviceIds: ["s2"] }] }))).toBe("none of the selected clinics offers Laser Therapy");
  });

  it("no selected provider is qualified", () => {
    expect(reasonOf(buildRequest({ providers: [{ ...base.providers[0], serviceIds: ["s2"] }] }))).toBe(
      "none of the selected providers is qualified for Laser Therapy",
    );
  });

  it("qualified providers do not work at the clinics that offer it", () => {
    expect(reasonOf(buildRequest({ providers: [{ ...base.providers[0], availability: [] }] }))).toBe(
      "none of the selected providers qualified for Laser Therapy has working hours at a selected clinic that offers it",
    );
  });

  it("no availability before expiry, falling back to the id when the service has no name", () => {
    const req = buildRequest({ services: [{ id: "s1", durationMin: 600 }, base.services[1]], expiresAt: "2026-03-01T00:00:00Z", now: "2026-02-20T00:00:00Z" });
    expect(reasonOf(req)).toBe("no availability for s1 with the selected providers before expiry 2026-03-01");
  });

  it("the cadence leaves no room", () => {
    const req = buildRequest({ expiresAt: "2026-03-07T00:00:00Z", cadence: { minDaysBetween: 3, maxPerWeek: 2 } });
    expect(reasonOf(req)).toBe("the cadence (at least 3 days apart, at most 2 per week) leaves room for only 2 sessions of Laser Therapy before expiry 2026-03-07");
  });

  it("services compete for the same days", () => {
    const req = buildRequest({ expiresAt: "2026-03-04T00:00:00Z", sessions: [{ serviceId: "s1", count: 2 }, { serviceId: "s2", count: 1 }] });
    const result = planCourse(req);
    expect(result.sessions).toHaveLength(2);
    expect(result.unplaced[0].reason).toMatch(/competes with .* for the same days/);
  });
});
