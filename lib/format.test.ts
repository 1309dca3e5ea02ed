import { zoneLabel } from "./format";

describe("zoneLabel", () => {
  test("names the zone in letters on both sides of a DST change, in London and New York", () => {
    expect(zoneLabel(new Date("2026-01-15T12:00:00Z"), "Europe/London")).toBe("GMT");
    expect(zoneLabel(new Date("2026-07-15T12:00:00Z"), "Europe/London")).toBe("BST");
    expect(zoneLabel(new Date("2026-01-15T12:00:00Z"), "America/New_York")).toBe("EST");
    expect(zoneLabel(new Date("2026-07-15T12:00:00Z"), "America/New_York")).toBe("EDT");
  });

  test("falls back to the offset where no short name exists", () => {
    expect(zoneLabel(new Date("2026-01-15T12:00:00Z"), "Asia/Kolkata")).toMatch(/^(GMT\+5:30|IST)$/);
  });
});
