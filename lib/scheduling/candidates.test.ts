import { buildRequest } from "@/tests/unit/scheduling/build-request";
import type { PlanRequest } from "./schema";
import { buildCandidates } from "./candidates";
import { buildModel } from "./model";

const iso = (ms: number) => new Date(ms).toISOString();

/** First allowed start of demand 0 on each local date that has one. */
function firstStarts(req: PlanRequest): Record<string, string> {
  const cands = buildCandidates(buildModel(req));
  const out: Record<string, string> = {};
  cands.options.forEach((day, i) => {
    const opts = day[0];
    if (opts.length === 0) return;
    const date = iso((cands.dayLo + i) * 86_400_000).slice(0, 10);
    out[date] = iso(Math.min(...opts.map((o) => o.ranges[0])));
  });
  return out;
}

describe("buildCandidates", () => {
  const week = { now: "2026-03-02T00:00:00Z", expiresAt: "2026-03-07T00:00:00Z" }; // Mon 2 … Fri 6 March

  it("offers every open day, starting at opening time", () => {
    expect(firstStarts(buildRequest(week))).toEqual({
      "2026-03-02": "2026-03-02T09:00:00.000Z",
      "2026-03-03": "2026-03-03T09:00:00.000Z",
      "2026-03-04": "2026-03-04T09:00:00.000Z",
      "2026-03-05": "2026-03-05T09:00:00.000Z",
      "2026-03-06": "2026-03-06T09:00:00.000Z",
    });
  });

  it("honours closures, notice, busy blocks, time off and the patient's appointments", () => {
    const base = buildRequest(week);
    const req = buildRequest({
      ...week,
      minNoticeMinutes: 60 * 9 + 7, // now + 9:07 → first grid slot 09:15 on Monday
      clinics: [{ ...base.clinics[0], closures: ["2026-03-03"] }],
      busy: [{ providerId: "p1", start: "2026-03-04T08:00:00Z", end: "2026-03-04T10:30:00Z" }],
      providers: [{ ...base.providers[0], timeOff: [{ start: "2026-03-05T00:00:00Z", end: "2026-03-06T00:00:00Z" }] }],
      patientBusy: [{ start: "2026-03-06T09:30:00Z", end: "2026-03-06T11:00:00Z" }],
    });
    expect(firstStarts(req)).toEqual({
      "2026-03-02": "2026-03-02T09:15:00.000Z",
      "2026-03-04": "2026-03-04T10:30:00.000Z",
      "2026-03-06": "2026-03-06T11:00:00.000Z",
    });
  });

  it("needs the whole block (duration + buffer) inside the hours, but only the session before expiry", () => {
    const base = buildRequest(week);
    const req = buildRequest({
      now: "2026-03-02T00:00:00Z",
      expiresAt: "2026-03-02T10:00:00Z",
      services: [{ id: "s1", durationMin: 60, bufferAfterMin: 30 }, base.services[1]],
      clinics: [{ ...base.clinics[0], hours: [{ weekday: 1, start: "09:00", end: "10:30" }] }],
    });
    const cands = buildCandidates(buildModel(req));
    const opts = cands.options.flatMap((d) => d[0]);
    expect(opts).toHaveLength(1);
    expect(opts[0].ranges).toEqual([Date.parse("2026-03-02T09:00:00Z"), Date.parse("2026-03-02T09:00:00Z")]);
  });

  it("uses a provider's availability only at the clinic it belongs to", () => {
    const base = buildRequest(week);
    const req = buildRequest({
      ...week,
      clinics: [base.clinics[0], { ...base.clinics[0], id: "c2" }],
      clinicIds: ["c2"],
    });
    expect(firstStarts(req)).toEqual({});
  });

  it("keeps 09:00 local across a DST change and aligns the grid to wall time", () => {
    const req = buildRequest({ now: "2026-03-27T00:00:00Z", expiresAt: "2026-03-31T00:00:00Z", slotStepMinutes: 60 });
    expect(firstStarts(req)).toEqual({
      "2026-03-27": "2026-03-27T09:00:00.000Z",
      "2026-03-30": "2026-03-30T08:00:00.000Z",
    });
  });
});
