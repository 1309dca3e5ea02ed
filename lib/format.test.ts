import { formatDateTime, formats, isSupportedCurrency, localeHourCycle, zoneLabel } from "./format";

// Intl writes "5:00 PM" with a narrow no-break space (U+202F) in recent ICU; compare on plain spaces.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");

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

describe("formats: one place for dates, times and money", () => {
  const at = new Date("2026-12-08T22:00:00Z"); // 22:00 in London, 17:00 in New York
  const london = formats({ timeZone: "Europe/London", locale: "en-GB", currency: "GBP" });
  const newYork = formats({ timeZone: "America/New_York", locale: "en-US", currency: "USD" });

  test("each locale's own hour cycle by default: en-GB 24 h, en-US 12 h", () => {
    expect(localeHourCycle("en-GB")).toBe("h23");
    expect(localeHourCycle("en-US")).toBe("h12");
    expect(london.time(at)).toBe("22:00");
    expect(plain(newYork.time(at))).toBe("5:00 PM");
    expect(plain(newYork.dateTime(at))).toBe("Tue, Dec 8, 2026, 5:00 PM");
    expect(london.dateTime(at)).toBe("Tue, 8 Dec 2026, 22:00");
  });

  test("the user's choice overrides the locale both ways", () => {
    expect(formats({ timeZone: "America/New_York", locale: "en-US", hourCycle: "h23" }).time(at)).toBe("17:00");
    expect(plain(formats({ timeZone: "Europe/London", locale: "en-GB", hourCycle: "h12" }).time(at))).toBe("10:00 pm");
    // Midnight and noon on a 12-hour clock are 12, never 0.
    expect(plain(formats({ timeZone: "UTC", locale: "en-US", hourCycle: "h12" }).minuteOfDay(0))).toBe("12:00 AM");
    expect(plain(formats({ timeZone: "UTC", locale: "en-US", hourCycle: "h12" }).minuteOfDay(12 * 60))).toBe("12:00 PM");
    expect(formats({ timeZone: "UTC", locale: "en-US", hourCycle: "h23" }).minuteOfDay(9 * 60 + 5)).toBe("09:05");
  });

  test("dates are written so day and month cannot be swapped", () => {
    expect(london.date(at)).toBe("8 Dec 2026");
    expect(newYork.date(at)).toBe("Dec 8, 2026");
    expect(london.weekdayDate(at)).toBe("Tue, 8 Dec 2026");
    expect(newYork.weekdayDate(at)).toBe("Tue, Dec 8, 2026");
  });

  test("money in the given currency, in the reader's locale", () => {
    expect(newYork.money(59_500)).toBe("$595.00");
    expect(newYork.price(59_500)).toBe("$595");
    expect(london.money(42_050)).toBe("£420.50");
    expect(london.price(42_000)).toBe("£420");
    // A dollar price read at an English desk says which dollar.
    expect(london.price(59_500, "USD")).toBe("US$595");
    expect(() => formats({ timeZone: "UTC" }).money(100)).toThrow(/currency/);
  });

  test("ranges carry the zone of their start; DST changes the label, not the wall clock", () => {
    const end = new Date(at.getTime() + 45 * 60_000);
    expect(plain(newYork.timeRange(at, end))).toBe("5:00 PM–5:45 PM EST");
    expect(london.timeRange(at, end)).toBe("22:00–22:45 GMT");
    // 9:00 in New York the week before and after the spring change (8 March 2026): same wall clock, EST → EDT.
    expect(plain(newYork.timeRange(new Date("2026-03-06T14:00:00Z"), new Date("2026-03-06T14:45:00Z")))).toBe("9:00 AM–9:45 AM EST");
    expect(plain(newYork.timeRange(new Date("2026-03-09T13:00:00Z"), new Date("2026-03-09T13:45:00Z")))).toBe("9:00 AM–9:45 AM EDT");
    // London's autumn change (25 October 2026): 10:00 BST then 10:00 GMT.
    expect(london.timeRange(new Date("2026-10-24T09:00:00Z"), new Date("2026-10-24T09:30:00Z"))).toBe("10:00–10:30 BST");
    expect(london.timeRange(new Date("2026-10-26T10:00:00Z"), new Date("2026-10-26T10:30:00Z"))).toBe("10:00–10:30 GMT");
  });

  test("old call sites with a bare zone keep the en-GB, 24 h form", () => {
    expect(formatDateTime(at, "America/New_York")).toBe("Tue, 8 Dec 2026, 17:00");
  });

  test("currencies are ISO 4217 codes the runtime knows", () => {
    expect(isSupportedCurrency("USD")).toBe(true);
    expect(isSupportedCurrency("GBP")).toBe(true);
    expect(isSupportedCurrency("usd")).toBe(false);
    expect(isSupportedCurrency("XYZ")).toBe(false);
    expect(isSupportedCurrency("DOLLARS")).toBe(false);
  });

  test("only currencies with two minor digits: prices are stored in hundredths", () => {
    expect(isSupportedCurrency("EUR")).toBe(true);
    expect(isSupportedCurrency("JPY")).toBe(false);
    expect(isSupportedCurrency("KWD")).toBe(false);
    expect(isSupportedCurrency("XAU")).toBe(false);
  });
});
