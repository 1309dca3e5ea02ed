/**
 * A minimal iCalendar (RFC 5545) writer for handing a patient their booked sessions: events with UTC times only,
 * so no VTIMEZONE is needed and every calendar app shows them at the right local time, across DST changes too.
 */

export type IcsEvent = {
  /** Globally unique and stable across downloads, so re-importing updates an event instead of duplicating it. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string;
  description?: string;
  /** A cancelled session stays in the file (same UID) so a re-import removes it from the patient's calendar. */
  cancelled?: boolean;
  /** Revision number; must grow whenever the event changes (moved, cancelled) for calendars to take the update. */
  sequence?: number;
};

const CRLF = "\r\n";
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** YYYYMMDDTHHMMSSZ (RFC 5545 §3.3.5, form #2: UTC). */
export function formatUtc(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

/** TEXT value escaping (§3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Folds a content line longer than 75 octets (§3.1): CRLF and one space before each continuation. Counts UTF-8
 * octets and never splits a character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The leading space of a continuation line counts towards its 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

export type CalendarOptions = {
  now: Date;
  name?: string;
  /**
   * iTIP method (RFC 5546): PUBLISH for a download; REQUEST (a booking or a move) and CANCEL in e-mails, which
   * need an ORGANIZER and let calendar apps update the event with the same UID and a higher SEQUENCE.
   */
  method?: "PUBLISH" | "REQUEST" | "CANCEL";
  organizer?: { name: string; email: string };
  attendeeEmail?: string;
};

/** SEQUENCE for an appointment: seconds since 2026 of its last change (every move or cancellation touches it). */
export function appointmentSequence(updatedAt: Date): number {
  return Math.max(0, Math.floor((updatedAt.getTime() - Date.UTC(2026, 0, 1)) / 1000));
}

export function buildCalendar(events: readonly IcsEvent[], options: CalendarOptions): string {
  const stamp = formatUtc(options.now);
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Cadence//Course sessions//EN", "CALSCALE:GREGORIAN", `METHOD:${options.method ?? "PUBLISH"}`];
  if (options.name) lines.push(property("X-WR-CALNAME", escapeText(options.name)));
  const organizer = options.organizer ? [property(`ORGANIZER;CN=${quoteParam(options.organizer.name)}`, `mailto:${options.organizer.email}`)] : [];
  const attendee = options.attendeeEmail ? [property("ATTENDEE;ROLE=REQ-PARTICIPANT", `mailto:${options.attendeeEmail}`)] : [];
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      property("UID", e.uid),
      `DTSTAMP:${stamp}`,
      ...(e.sequence !== undefined ? [`SEQUENCE:${e.sequence}`] : []),
      `DTSTART:${formatUtc(e.start)}`,
      `DTEND:${formatUtc(e.end)}`,
      property("SUMMARY", escapeText(e.summary)),
      ...organizer,
      ...attendee,
    );
    if (e.location) lines.push(property("LOCATION", escapeText(e.location)));
    if (e.description) lines.push(property("DESCRIPTION", escapeText(e.description)));
    lines.push(e.cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.join(CRLF) + CRLF;
}

/** A parameter value (§3.2): quoted, without the characters a quoted value cannot hold. */
function quoteParam(value: string): string {
  return `"${value.replace(/["\r\n]/g, "")}"`;
}

/** "Physio 6", "Anna Smith" → "Physio-6-Anna-Smith.ics": safe in a Content-Disposition header on every OS. */
export function icsFileName(...parts: string[]): string {
  const slug = parts
    .map((p) =>
      p
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[^A-Za-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, ""),
    )
    .filter(Boolean)
    .join("-");
  return `${slug || "calendar"}.ics`;
}
