import { buildRequest } from "@/tests/unit/scheduling/build-request";
import { assignOptions } from "./assign";
import { buildCandidates } from "./candidates";
import { buildModel } from "./model";

describe("assignOptions", () => {
  const base = buildRequest();
  const twoProviders = buildRequest({
    now: "2026-03-02T00:00:00Z",
    expiresAt: "2026-03-05T00:00:00Z",
    providers: [base.providers[0], { ...base.providers[0], id: "p2" }],
    providerIds: ["p1", "p2"],
  });

  it("keeps the same provider across the course (continuity)", () => {
    const model = buildModel(twoProviders);
    const cands = buildCandidates(model);
    const days = [0, 1, 2].map((i) => ({ day: cands.dayLo + i, demand: 0 }));
    const sessions = assignOptions(model, cands, days);
    expect(new Set(sessions.map((s) => s.provider)).size).toBe(1);
  });

  it("prefers the preferred provider and window", () => {
    const model = buildModel({ ...twoProviders, preferences: { providerIds: ["p2"], windows: [{ start: "14:00", end: "16:00" }] } });
    const cands = buildCandidates(model);
    const [s] = assignOptions(model, cands, [{ day: cands.dayLo, demand: 0 }]);
    expect(model.providers[s.provider].id).toBe("p2");
    expect(new Date(s.start).toISOString()).toBe("2026-03-02T14:00:00.000Z");
  });
});
