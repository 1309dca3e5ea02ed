import { buildRequest } from "@/tests/unit/scheduling/build-request";
import type { Session } from "./assign";
import { dropConflicts } from "./guard";
import { buildModel } from "./model";

const session = (day: number, start: string, provider = 0): Session => {
  const s = Date.parse(start);
  return { demand: 0, service: 0, clinic: 0, provider, day, start: s, end: s + 3_600_000, blockEnd: s + 3_600_000 };
};

describe("dropConflicts", () => {
  it("keeps a valid course untouched", () => {
    const model = buildModel(buildRequest({ cadence: { minDaysBetween: 2 } }));
    const list = [session(10, "2026-03-02T09:00:00Z"), session(12, "2026-03-04T09:00:00Z")];
    expect(dropConflicts(model, list)).toEqual(list);
  });

  it("drops the later of two sessions that break the gap or the weekly cap", () => {
    const model = buildModel(buildRequest({ cadence: { minDaysBetween: 2, maxPerWeek: 1 } }));
    const a = session(20514, "2026-03-02T09:00:00Z");
    const b = session(20515, "2026-03-03T09:00:00Z");
    expect(dropConflicts(model, [a, b])).toEqual([a]);
  });

  it("drops sessions whose local days run backwards in time (two zones)", () => {
    const model = buildModel(buildRequest({ cadence: { minDaysBetween: 0 } }));
    const early = session(20515, "2026-03-03T00:30:00Z");
    const late = session(20514, "2026-03-03T01:00:00Z");
    expect(dropConflicts(model, [early, late])).toEqual([early]);
  });
});
