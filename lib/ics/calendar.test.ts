import { TZDate } from "@date-fns/tz";
import { buildCalendar, escapeText, foldLine, formatUtc, icsFileName, type IcsEvent } from "./calendar";

const NOW = new Date("2026-03-20T10:15:30.456Z");
const octets = (s: string) => new TextEncoder().encode(s).length;
const london = (y: number, m: number, d: number, h: number, min = 0) => new Date(new TZDate(y, m - 1, d, h, min, "Europe/London").getTime());

const event = (overrides: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: "appt1@cadence",
  start: new Date("2026-03-23T09:00:00Z"),
  end: new Date("2026-03-23T09:45:00Z"),
  summary: "Physiotherapy — London Bridge",
  location: "London Bridge",
  description: "With Dr Lee. Package: Physio 6.",
  ...overrides,
});

/** The content lines of a calendar, continuation lines joined back (RFC 5545 §3.1 unfolding). */
const unfold = (ics: string) => ics.replace(/\r\n /g, "").split("\r\n");

describe("formatUtc", () => {
  it("writes UTC date-times without separators or milliseconds", () => {
    expect(formatUtc(NOW)).toBe("20260320T101530Z");
    expect(formatUtc(new Date("2030-01-07T00:00:00Z"))).toBe("20300107T000000Z");
  });
});

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and every kind of line break", () => {
    expect(escapeText("a\\b;c,d")).toBe("a\\\\b\\;c\\,d");
    expect(escapeText("one\ntwo\r\nthree\rfour")).toBe("one\\ntwo\\nthree\\nfour");
  });

  it("escapes the backslash first, so escapes are not doubled", () => {
    expect(escapeText(";")).toBe("\\;");
    expect(escapeText("\\;")).toBe("\\\\\\;");
  });

  it("leaves colons and other text alone", () => {
    expect(escapeText("Note: 09:00 — ok")).toBe("Note: 09:00 — ok");
  });
});

describe("foldLine", () => {
  it("keeps lines of up to 75 octets whole", () => {
    const line = "X".repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it("folds longer lines into pieces of at most 75 octets, each continuation starting with one space", () => {
    const line = `DESCRIPTION:${"a".repeat(200)}`;
    const folded = foldLine(line);
    const pieces = folded.split("\r\n");
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(octets(piece)).toBeLessThanOrEqual(75);
    for (const piece of pieces.slice(1)) expect(piece.startsWith(" ")).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("counts octets, not characters, and never splits a multi-byte character", () => {
    const line = `SUMMARY:${"é".repeat(60)}${"😀".repeat(10)}`;
    const pieces = foldLine(line).split("\r\n");
    for (const piece of pieces) {
      expect(octets(piece)).toBeLessThanOrEqual(75);
      expect(piece).not.toMatch(/\uFFFD/);
    }
    expect(foldLine(line).replace(/\r\n /g, "")).toBe(line);
  });
});

describe("buildCalendar", () => {
  it("uses CRLF line endings throughout, ending with one", () => {
    const ics = buildCalendar([event()], { now: NOW });
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes one VEVENT per appointment with a stable UID, DTSTAMP and UTC start and end", () => {
    const ics = buildCalendar([event(), event({ uid: "appt2@cadence", start: new Date("2026-03-25T14:00:00Z"), end: new Date("2026-03-25T14:45:00Z") })], { now: NOW });
    const lines = unfold(ics);
    expect(lines.slice(0, 2)).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0"]);
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(2);
    expect(lines).toEqual(
      expect.arrayContaining([
        "UID:appt1@cadence",
        "UID:appt2@cadence",
        "DTSTAMP:20260320T101530Z",
        "DTSTART:20260323T090000Z",
        "DTEND:20260323T094500Z",
        "DTSTART:20260325T140000Z",
        "SUMMARY:Physiotherapy — London Bridge",
        "LOCATION:London Bridge",
      ]),
    );
    expect(buildCalendar([event()], { now: new Date("2030-01-01T00:00:00Z") })).toContain("UID:appt1@cadence\r\n");
  });

  it("escapes text values and folds long ones", () => {
    const description = "With Dr Lee, Physiotherapist; package: Physio 6\nBring shorts, a towel and your exercise sheet from last time.";
    const ics = buildCalendar([event({ description, location: "Cadence, London Bridge" })], { now: NOW });
    for (const line of ics.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    const lines = unfold(ics);
    expect(lines).toContain("LOCATION:Cadence\\, London Bridge");
    expect(lines).toContain(`DESCRIPTION:${escapeText(description)}`);
  });

  it("gives the wall-clock time in UTC on both sides of a DST change", () => {
    const beforeChange = london(2026, 3, 23, 9); // GMT: 09:00 London = 09:00Z
    const afterChange = london(2026, 3, 30, 9); // BST: 09:00 London = 08:00Z
    // Sunday 29 March 2026, 00:30–02:30 London wall clock: only one hour passes (01:00 GMT → 02:00 BST).
    const acrossChange = { start: london(2026, 3, 29, 0, 30), end: london(2026, 3, 29, 2, 30) };
    const ics = buildCalendar(
      [
        event({ uid: "a@cadence", start: beforeChange, end: new Date(beforeChange.getTime() + 45 * 60_000) }),
        event({ uid: "b@cadence", start: afterChange, end: new Date(afterChange.getTime() + 45 * 60_000) }),
        event({ uid: "c@cadence", ...acrossChange }),
      ],
      { now: NOW },
    );
    const lines = unfold(ics);
    expect(lines).toEqual(expect.arrayContaining(["DTSTART:20260323T090000Z", "DTEND:20260323T094500Z"]));
    expect(lines).toEqual(expect.arrayContaining(["DTSTART:20260330T080000Z", "DTEND:20260330T084500Z"]));
    expect(lines).toEqual(expect.arrayContaining(["DTSTART:20260329T003000Z", "DTEND:20260329T013000Z"]));
  });

  it("writes a valid empty calendar when nothing is booked", () => {
    expect(unfold(buildCalendar([], { now: NOW, name: "Physio 6; Anna" }))).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Cadence//Course sessions//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:Physio 6\\; Anna",
      "END:VCALENDAR",
      "",
    ]);
  });
});

describe("icsFileName", () => {
  it("keeps letters and digits, joining everything else with dashes", () => {
    expect(icsFileName("Physio 6", "Anna Smith")).toBe("Physio-6-Anna-Smith.ics");
    expect(icsFileName("Back-pain “Plus”", "Zoë O'Neil")).toBe("Back-pain-Plus-Zoe-O-Neil.ics");
    expect(icsFileName("***", "")).toBe("calendar.ics");
  });
});
