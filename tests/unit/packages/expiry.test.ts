import { dateColumnKey, expiryFor, localDateKey } from "@/lib/packages/expiry";

describe("package expiry", () => {
  test("valid through the end of the local day `validity` days after purchase", () => {
    // Bought 10:30 London time on 24 Nov 2026 (GMT), 90 days: usable through 22 Feb 2027.
    expect(expiryFor(new Date("2026-11-24T10:30:00Z"), 90, "Europe/London").toISOString()).toBe("2027-02-23T00:00:00.000Z");
  });

  test("a DST change in between keeps local midnight", () => {
    // Bought 1 Mar 2026 (GMT); 30 days later is 31 Mar, after the clocks went forward on 29 Mar: midnight BST.
    expect(expiryFor(new Date("2026-03-01T12:00:00Z"), 30, "Europe/London").toISOString()).toBe("2026-03-31T23:00:00.000Z");
  });

  test("the purchase day is the clinic's local day, not UTC's", () => {
    // 02:00 UTC on 2 Mar is still 1 Mar in New York (21:00 EST).
    expect(expiryFor(new Date("2026-03-02T02:00:00Z"), 1, "America/New_York").toISOString()).toBe("2026-03-03T05:00:00.000Z");
  });

  test("local date keys", () => {
    expect(localDateKey(new Date("2026-03-02T02:00:00Z"), "America/New_York")).toBe("2026-03-01");
    expect(dateColumnKey(new Date("2026-04-03T00:00:00Z"))).toBe("2026-04-03");
  });
});
