import { daysFromCivil, instantMs } from "./instant";

describe("instantMs", () => {
  it("matches Date.parse on canonical and other ISO shapes", () => {
    for (const s of [
      "2026-03-02T08:00:00Z",
      "2026-03-02T08:00:00.000Z",
      "2024-02-29T23:59:59.999Z",
      "1999-12-31T00:00:00Z",
      "2026-03-02T08:00:00+01:00",
      "2026-03-02T08:00Z",
      "2026-03-02T08:00:00.5Z",
    ])
      expect(instantMs(s)).toBe(Date.parse(s));
  });
  it("agrees with Date.UTC over many days", () => {
    for (let day = -800; day < 30_000; day += 37) {
      const dt = new Date(day * 86_400_000);
      expect(daysFromCivil(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate())).toBe(day);
    }
  });
});
