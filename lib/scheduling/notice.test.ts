import { earliestAllowedStart } from "./notice";

describe("minimum notice", () => {
  const now = Date.parse("2026-03-02T08:00:00Z");
  it("adds the notice to now", () => {
    expect(earliestAllowedStart(now, 120)).toBe(Date.parse("2026-03-02T10:00:00Z"));
  });
  it("never starts before earliestStart", () => {
    expect(earliestAllowedStart(now, 0, Date.parse("2026-03-05T00:00:00Z"))).toBe(Date.parse("2026-03-05T00:00:00Z"));
    expect(earliestAllowedStart(now, 600, Date.parse("2026-03-01T00:00:00Z"))).toBe(Date.parse("2026-03-02T18:00:00Z"));
  });
});
