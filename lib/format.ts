/** Display formatting. Instants are stored in UTC and always shown in the zone of the clinic they belong to. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions, locale = "en-GB"): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    formatters.set(key, f);
  }
  return f;
}

export function formatDateTime(instant: Date, timeZone: string): string {
  return formatter(timeZone, { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(instant);
}

export function formatDate(instant: Date, timeZone: string): string {
  return formatter(timeZone, { day: "numeric", month: "short", year: "numeric" }).format(instant);
}

export function formatTime(instant: Date, timeZone: string): string {
  return formatter(timeZone, { hour: "2-digit", minute: "2-digit" }).format(instant);
}

/** A calendar date stored as @db.Date (midnight UTC), e.g. a date of birth: no zone conversion. */
export function formatCalendarDate(date: Date): string {
  return formatter("UTC", { day: "numeric", month: "short", year: "numeric" }).format(date);
}

export function formatMoney(minor: number, currency: string): string {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(minor / 100);
}

/** Short zone label, e.g. "GMT", "BST", "EST", for showing next to times. */
export function zoneLabel(instant: Date, timeZone: string): string {
  const label = shortZoneName(instant, timeZone, "en-GB");
  // British English names only British zones ("America/New_York" comes out as "GMT-5"); American English has
  // the letters for American ones ("EST"), but says "GMT+1" for London in summer: take letters where either has them.
  if (/^(GMT|UTC)[+-]/.test(label)) {
    const us = shortZoneName(instant, timeZone, "en-US");
    if (/^[A-Z]{2,5}$/.test(us)) return us;
  }
  return label;
}

function shortZoneName(instant: Date, timeZone: string, locale: string): string {
  const part = formatter(timeZone, { timeZoneName: "short" }, locale).formatToParts(instant).find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

export function fullName(p: { firstName: string; lastName: string }): string {
  return `${p.firstName} ${p.lastName}`;
}
