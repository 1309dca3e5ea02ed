/**
 * Display formatting, in one place (docs/locale.md). Instants are stored in UTC and shown in the zone of the clinic
 * they belong to, in that clinic's locale and currency, with the reader's 12 h / 24 h choice.
 */

export type HourCycle = "h12" | "h23";
export const HOUR_CYCLES: readonly HourCycle[] = ["h12", "h23"];

/** Where and for whom a value is shown: a clinic's zone and locale, the user's hour cycle, a currency. */
export type FormatContext = {
  timeZone: string;
  /** BCP 47, the clinic's; en-GB when unknown. */
  locale?: string | null;
  /** The user's choice; null or absent follows the locale. */
  hourCycle?: HourCycle | null;
  /** ISO 4217, for money(). */
  currency?: string | null;
};

const DEFAULT_LOCALE = "en-GB";
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    formatters.set(key, f);
  }
  return f;
}

/** The hour cycle a locale uses by itself: en-US "h12", en-GB "h23". */
export function localeHourCycle(locale: string): HourCycle {
  const hc = formatter(locale, "UTC", { hour: "numeric" }).resolvedOptions().hourCycle;
  return hc === "h11" || hc === "h12" ? "h12" : "h23";
}

const DATE: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };
const WEEKDAY_DATE: Intl.DateTimeFormatOptions = { weekday: "short", ...DATE };

/** Formatting for one context; build with formats(). Plain methods, so a component can call them directly. */
export class Formats {
  readonly locale: string;
  readonly timeZone: string;
  readonly hourCycle: HourCycle;
  readonly currency: string | null;

  constructor(ctx: FormatContext) {
    this.locale = ctx.locale || DEFAULT_LOCALE;
    this.timeZone = ctx.timeZone;
    this.hourCycle = ctx.hourCycle ?? localeHourCycle(this.locale);
    this.currency = ctx.currency ?? null;
  }

  private get clock(): Intl.DateTimeFormatOptions {
    // "5:00 PM" but "17:00": a 12-hour clock reads without a leading zero.
    return this.hourCycle === "h12" ? { hour: "numeric", minute: "2-digit", hourCycle: "h12" } : { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
  }

  /** "8 Dec 2026" / "Dec 8, 2026" */
  date(instant: Date): string {
    return formatter(this.locale, this.timeZone, DATE).format(instant);
  }

  /** "Tue 8 Dec 2026" / "Tue, Dec 8, 2026": unambiguous in every locale. */
  weekdayDate(instant: Date): string {
    return formatter(this.locale, this.timeZone, WEEKDAY_DATE).format(instant);
  }

  /** "17:00" / "5:00 PM" */
  time(instant: Date): string {
    return formatter(this.locale, this.timeZone, this.clock).format(instant);
  }

  /** "Tue 8 Dec 2026, 17:00" / "Tue, Dec 8, 2026, 5:00 PM" */
  dateTime(instant: Date): string {
    return formatter(this.locale, this.timeZone, { ...WEEKDAY_DATE, ...this.clock }).format(instant);
  }

  /** "17:00–17:45 GMT" / "5:00 PM–5:45 PM EST" */
  timeRange(start: Date, end: Date): string {
    return `${this.time(start)}–${this.time(end)} ${this.zone(start)}`;
  }

  /** A wall-clock minute of the day (0…1439, 1440 = midnight), e.g. a calendar gutter: "09:00" / "9:00 AM". */
  minuteOfDay(minute: number): string {
    return formatter(this.locale, "UTC", this.clock).format(new Date(Date.UTC(2000, 0, 1) + (minute % 1440) * 60_000));
  }

  /** Short zone label, "GMT", "BST", "EST". */
  zone(instant: Date): string {
    return zoneLabel(instant, this.timeZone);
  }

  /** "$420.00" / "£420.00"; the context's currency unless told. */
  money(minor: number, currency = this.currency ?? undefined): string {
    if (!currency) throw new Error("money() needs a currency");
    return moneyFormatter(this.locale, currency, false).format(minor / 100);
  }

  /** "$420" for whole amounts, "$420.50" otherwise: whole prices read faster without ".00". */
  price(minor: number, currency = this.currency ?? undefined): string {
    if (!currency) throw new Error("price() needs a currency");
    return moneyFormatter(this.locale, currency, minor % 100 === 0).format(minor / 100);
  }
}

const numberFormatters = new Map<string, Intl.NumberFormat>();
function moneyFormatter(locale: string, currency: string, whole: boolean): Intl.NumberFormat {
  const key = `${locale}|${currency}|${whole}`;
  let f = numberFormatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: "currency", currency, ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}) });
    numberFormatters.set(key, f);
  }
  return f;
}

const cache = new Map<string, Formats>();
/** The Formats of a context (memoised: rows of one clinic share one). */
export function formats(ctx: FormatContext): Formats {
  const key = `${ctx.locale ?? ""}|${ctx.timeZone}|${ctx.hourCycle ?? ""}|${ctx.currency ?? ""}`;
  let f = cache.get(key);
  if (!f) {
    f = new Formats(ctx);
    cache.set(key, f);
  }
  return f;
}

/** A zone name alone, or a full context: the helpers below take either, so old call sites keep working. */
export type Where = string | FormatContext;
const ctxOf = (where: Where): Formats => formats(typeof where === "string" ? { timeZone: where } : where);

export function formatDateTime(instant: Date, where: Where): string {
  return ctxOf(where).dateTime(instant);
}

export function formatDate(instant: Date, where: Where): string {
  return ctxOf(where).date(instant);
}

export function formatTime(instant: Date, where: Where): string {
  return ctxOf(where).time(instant);
}

/** A calendar date stored as @db.Date (midnight UTC), e.g. a date of birth: no zone conversion. */
export function formatCalendarDate(date: Date, locale: string = DEFAULT_LOCALE): string {
  return formatter(locale, "UTC", DATE).format(date);
}

export function formatMoney(minor: number, currency: string, locale: string = DEFAULT_LOCALE): string {
  return moneyFormatter(locale, currency, false).format(minor / 100);
}

/**
 * An ISO 4217 code this runtime formats, with two minor digits: prices are stored in hundredths, so JPY (none) or
 * KWD (three) would be shown 100× or 10× off, and X-codes (gold, testing) are not money a clinic charges.
 */
export function isSupportedCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code) || code.startsWith("X") || !Intl.supportedValuesOf("currency").includes(code)) return false;
  return new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits === 2;
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
  const part = formatter(locale, timeZone, { timeZoneName: "short" }).formatToParts(instant).find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

export function fullName(p: { firstName: string; lastName: string }): string {
  return `${p.firstName} ${p.lastName}`;
}
