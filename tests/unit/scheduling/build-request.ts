import type { PlanRequest } from "@/lib/scheduling";

// A scenario builder for planner tests: one London clinic open Mon–Fri 09:00–17:00, one provider who works all of
// it, one 60-minute service; override whatever the test is about.

const weekdays = [1, 2, 3, 4, 5];

export function buildRequest(overrides: Partial<PlanRequest> = {}): PlanRequest {
  return {
    now: "2026-03-02T00:00:00Z",
    clinics: [
      {
        id: "c1",
        timeZone: "Europe/London",
        hours: weekdays.map((weekday) => ({ weekday, start: "09:00", end: "17:00" })),
        closures: [],
        serviceIds: ["s1", "s2"],
      },
    ],
    services: [
      { id: "s1", name: "Laser Therapy", durationMin: 60, bufferAfterMin: 0 },
      { id: "s2", name: "Massage", durationMin: 30, bufferAfterMin: 15 },
    ],
    providers: [
      {
        id: "p1",
        serviceIds: ["s1", "s2"],
        availability: weekdays.map((weekday) => ({ clinicId: "c1", weekday, start: "09:00", end: "17:00" })),
        timeOff: [],
      },
    ],
    busy: [],
    patientBusy: [],
    sessions: [{ serviceId: "s1", count: 3 }],
    clinicIds: ["c1"],
    providerIds: ["p1"],
    expiresAt: "2026-06-01T00:00:00Z",
    ...overrides,
  };
}
