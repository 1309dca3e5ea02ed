import { buildRequest } from "@/tests/unit/scheduling/build-request";
import { parsePlanRequest } from "./schema";

type Json = Record<string, unknown> & { [k: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
const base = (): Json => JSON.parse(JSON.stringify(buildRequest({ busy: [{ providerId: "p1", start: "2026-03-03T09:00:00Z", end: "2026-03-03T10:00:00Z" }] })));
const errorOf = (mutate: (r: Json) => void) => {
  const r = base();
  mutate(r);
  const out = parsePlanRequest(r);
  return out.ok ? "ok" : out.error;
};

describe("parsePlanRequest", () => {
  it("accepts a request written from the contract (docs/planner-contract.md), filling defaults", () => {
    const out = parsePlanRequest(base());
    expect(out.ok).toBe(true);
    const minimal = base();
    delete minimal.busy;
    delete minimal.patientBusy;
    expect(parsePlanRequest(minimal).ok).toBe(true);
  });

  it.each<[string, (r: Json) => void, string]>([
    ["unknown clinic in clinicIds", (r) => (r.clinicIds = ["c9"]), 'clinicIds[0]: unknown clinic "c9"'],
    ["unknown provider in providerIds", (r) => (r.providerIds = ["p1", "p9"]), 'providerIds[1]: unknown provider "p9"'],
    ["unknown service in sessions", (r) => (r.sessions = [{ serviceId: "s9", count: 1 }]), 'sessions[0].serviceId: unknown service "s9"'],
    ["unknown service of a provider", (r) => (r.providers[0].serviceIds = ["s9"]), 'providers[0].serviceIds[0]: unknown service "s9"'],
    ["unknown clinic in availability", (r) => (r.providers[0].availability[2].clinicId = "c9"), 'providers[0].availability[2].clinicId: unknown clinic "c9"'],
    ["unknown service of a clinic", (r) => (r.clinics[0].serviceIds = ["s9"]), 'clinics[0].serviceIds[0]: unknown service "s9"'],
    ["unknown provider in busy", (r) => (r.busy[0].providerId = "p9"), 'busy[0].providerId: unknown provider "p9"'],
    ["service listed twice", (r) => (r.sessions = [{ serviceId: "s1", count: 1 }, { serviceId: "s1", count: 2 }]), 'sessions[1].serviceId: service "s1" is listed twice'],
    ["count below 1", (r) => (r.sessions[0].count = 0), "sessions[0].count"],
    ["interval end not after start", (r) => (r.busy[0].end = r.busy[0].start), "busy[0].end: end must be after start"],
    ["local interval end not after start", (r) => (r.clinics[0].hours[0].end = "08:00"), "clinics[0].hours[0].end: end must be after start"],
    ["local time not HH:MM", (r) => (r.clinics[0].hours[0].start = "9:00"), "clinics[0].hours[0].start: not a local time"],
    ["24:00 as a start", (r) => (r.providers[0].availability[0].start = "24:00"), "providers[0].availability[0].start: not a local time"],
    ["unknown time zone", (r) => (r.clinics[0].timeZone = "Mars/Olympus"), 'clinics[0].timeZone: unknown time zone "Mars/Olympus"'],
    ["unparsable instant", (r) => (r.now = "2026-13-45T00:00:00Z"), "now: not an ISO instant"],
    ["instant without zone", (r) => (r.expiresAt = "2026-06-01T00:00:00"), "expiresAt: not an ISO instant"],
    ["step not dividing 1440", (r) => (r.slotStepMinutes = 7), "slotStepMinutes: must divide 1440"],
    ["step below 5", (r) => (r.slotStepMinutes = 4), "slotStepMinutes"],
    ["empty clinicIds", (r) => (r.clinicIds = []), "clinicIds: must select at least one clinic"],
    ["empty providerIds", (r) => (r.providerIds = []), "providerIds: must select at least one provider"],
    ["duplicate clinic id", (r) => r.clinics.push({ ...r.clinics[0] }), 'clinics[1].id: duplicate clinic id "c1"'],
    ["unknown preferred provider", (r) => (r.preferences = { providerIds: ["p7"] }), 'preferences.providerIds[0]: unknown provider "p7"'],
    ["missing expiry", (r) => delete r.expiresAt, "expiresAt"],
    ["closure not a date", (r) => (r.clinics[0].closures = ["2026-02-30"]), "clinics[0].closures[0]: not a local date"],
  ])("rejects %s, naming the field", (_, mutate, expected) => {
    expect(errorOf(mutate)).toContain(expected);
  });

  it("accepts 24:00 as an end and extra optional fields", () => {
    expect(errorOf((r) => ((r.clinics[0].hours[0].end = "24:00"), (r.services[0].name = "Laser"), (r.clinics[0].colour = "red")))).toBe("ok");
  });
});
