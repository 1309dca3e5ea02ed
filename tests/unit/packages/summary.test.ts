import { cadenceSummary, formatPrice, itemsSummary, packageSummary, totalSessions } from "@/lib/packages/summary";

const physio = { serviceName: "Physiotherapy", durationMin: 45, sessions: 6 };
const assessment = { serviceName: "Initial Assessment", durationMin: 60, sessions: 1 };

describe("packageSummary", () => {
  test("reads like a receptionist would say it", () => {
    expect(packageSummary({ items: [physio, assessment], validityDays: 90, priceMinor: 42_000, currency: "GBP" })).toBe(
      "6 × Physiotherapy 45 min + 1 × Initial Assessment 60 min · 90 days · £420",
    );
  });

  test("keeps pence when the price has them, and singular days", () => {
    expect(packageSummary({ items: [physio], validityDays: 1, priceMinor: 42_050, currency: "GBP" })).toBe(
      "6 × Physiotherapy 45 min · 1 day · £420.50",
    );
  });

  test("uses the configured currency", () => {
    expect(formatPrice(120_000, "USD")).toBe("US$1,200");
    expect(formatPrice(0, "EUR")).toBe("€0");
  });

  test("a package without items says so instead of an empty string", () => {
    expect(itemsSummary([])).toBe("No services yet");
  });

  test("counts sessions across services", () => {
    expect(totalSessions([physio, assessment])).toBe(7);
  });
});

describe("cadenceSummary", () => {
  test.each([
    [{ minDaysBetween: null, maxPerWeek: null }, null],
    [{ minDaysBetween: 7, maxPerWeek: null }, "at least 7 days apart"],
    [{ minDaysBetween: 1, maxPerWeek: 2 }, "at least 1 day apart · at most 2 a week"],
    [{ minDaysBetween: null, maxPerWeek: 3 }, "at most 3 a week"],
  ])("%j → %s", (input, expected) => {
    expect(cadenceSummary(input)).toBe(expected);
  });
});
