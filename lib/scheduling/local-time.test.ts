import { parseLocalDate } from "./calendar";
import { getZone, isValidTimeZone } from "./local-time";

const day = (s: string) => parseLocalDate(s)!;
const iso = (ms: number) => new Date(ms).toISOString();

describe("local time ↔ UTC", () => {
  const london = getZone("Europe/London");
  const ny = getZone("America/New_York");

  it("keeps 09:00 local on both sides of a DST change", () => {
    expect(iso(london.toUtc(day("2026-03-27"), 540))).toBe("2026-03-27T09:00:00.000Z");
    expect(iso(london.toUtc(day("2026-03-30"), 540))).toBe("2026-03-30T08:00:00.000Z");
    expect(iso(ny.toUtc(day("2026-03-06"), 540))).toBe("2026-03-06T14:00:00.000Z");
    expect(iso(ny.toUtc(day("2026-03-09"), 540))).toBe("2026-03-09T13:00:00.000Z");
  });

  it("resolves a skipped wall time to the instant just after the gap", () => {
    // London skips 01:00–02:00 on 2026-03-29; 02:00 BST is 01:00 UTC.
    expect(iso(london.toUtc(day("2026-03-29"), 90))).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(london.toUtc(day("2026-03-29"), 60))).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(london.toUtc(day("2026-03-29"), 120))).toBe("2026-03-29T01:00:00.000Z");
  });

  it("resolves a repeated wall time to its earlier instant", () => {
    // London repeats 01:00–02:00 on 2026-10-25.
    expect(iso(london.toUtc(day("2026-10-25"), 90))).toBe("2026-10-25T00:30:00.000Z");
    expect(iso(ny.toUtc(day("2026-11-01"), 90))).toBe("2026-11-01T05:30:00.000Z");
  });

  it("maps instants back to local day and minute", () => {
    const u = Date.parse("2026-03-29T23:30:00Z");
    expect(london.dayOf(u)).toBe(day("2026-03-30"));
    expect(london.minuteOf(u)).toBe(30);
    expect(ny.dayOf(u)).toBe(day("2026-03-29"));
    expect(ny.minuteOf(u)).toBe(19 * 60 + 30);
  });

  it("handles half-hour DST (Lord Howe) and a zone without DST", () => {
    const lh = getZone("Australia/Lord_Howe");
    // DST ends 2026-04-05 02:00 (+11) → 01:30 (+10:30).
    expect(iso(lh.toUtc(day("2026-04-06"), 540))).toBe("2026-04-05T22:30:00.000Z");
    expect(iso(getZone("Asia/Kolkata").toUtc(day("2026-03-29"), 540))).toBe("2026-03-29T03:30:00.000Z");
  });

  it("validates zone names", () => {
    expect(isValidTimeZone("Europe/London")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });

  it("agrees with Intl on random instants", () => {
    for (const name of ["Europe/London", "America/New_York", "Australia/Sydney"]) {
      const z = getZone(name);
      const fmt = new Intl.DateTimeFormat("en-CA", { timeZone: name, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
      for (let i = 0; i < 300; i++) {
        const u = Date.parse("2026-01-01T00:00:00Z") + Math.floor(((i * 7919) % 365) * 86_400_000 + ((i * 104729) % 1440) * 60_000);
        const parts = Object.fromEntries(fmt.formatToParts(u).map((p) => [p.type, p.value]));
        expect(z.dayOf(u)).toBe(day(`${parts.year}-${parts.month}-${parts.day}`));
        expect(z.minuteOf(u)).toBe(Number(parts.hour) * 60 + Number(parts.minute));
      }
    }
  });
});
