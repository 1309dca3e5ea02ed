import { z } from "zod";
import { LIMITS } from "@/lib/validations/limits";
import { overlappingPairs } from "@/lib/validations/overlaps";

/** Shared building blocks of the admin forms' zod schemas. Local times are "HH:MM"; stored as minutes. */

export const zId = z.string().trim().min(1, "Missing id.").max(LIMITS.idLength, "Invalid id.");

export const zName = (what: string) =>
  z.string().trim().min(1, `Enter a ${what}.`).max(LIMITS.nameLength, `Keep the ${what} under ${LIMITS.nameLength} characters.`);

/** A list of ids picked in a form, at most `max`, duplicates dropped. */
export const zIdSet = (max: number, what: string) =>
  z
    .array(zId)
    .max(max, `Pick at most ${max} ${what}.`)
    .default([])
    .transform((ids) => [...new Set(ids)]);

/**
 * A whole number from a form: the number itself, or its digits as a string ("42", " 42 "). Only strings are
 * coerced: null, true, [] or {} are refused with `message` rather than read as 0 or 1 (z.coerce would save them).
 */
export function zFormInt(message: string, checks: (n: z.ZodNumber) => z.ZodNumber) {
  return z.preprocess((v) => {
    if (typeof v !== "string") return v;
    const text = v.trim();
    return text.length <= LIMITS.numberTextLength && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : v;
  }, checks(z.number({ message }).int(message)));
}

export const zOptionalText = (max: number = LIMITS.textLength) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max} characters.`)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export function timeToMinutes(value: string): number {
  const [h, m] = value.split(":").map(Number);
  return h * 60 + m;
}

export function minutesToTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** "HH:MM" in 24-hour time; "24:00" is allowed as an end of day. */
export const zTimeOfDay = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "Use 24-hour time, like 09:00 or 17:30.");

export const zWeekday = zFormInt("Pick a weekday.", (n) => n.min(1, "Pick a weekday.").max(7, "Pick a weekday."));

export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** Flags each item whose key an earlier item already had (the first one stays valid): every entry listed once. */
export function flagRepeats<T>(ctx: z.RefinementCtx, items: readonly T[], key: (item: T) => string, path: (index: number) => (string | number)[], message: string): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) ctx.addIssue({ code: "custom", path: path(i), message });
    seen.add(k);
  });
}

export const zInterval = z
  .object({ weekday: zWeekday, start: zTimeOfDay, end: zTimeOfDay })
  .refine((i) => timeToMinutes(i.end) > timeToMinutes(i.start), { message: "The end must be after the start.", path: ["end"] });

/**
 * A weekly timetable: intervals that do not overlap on the same weekday (touching is fine: 08:00–12:00, 12:00–18:00).
 * At most LIMITS.weeklyIntervals; the overlap check sorts and sweeps (O(n log n)) and is skipped on a list that is
 * already refused for its length.
 */
export const zWeeklyIntervals = z
  .array(zInterval)
  .max(LIMITS.weeklyIntervals, `Keep to at most ${LIMITS.weeklyIntervals} intervals a week.`)
  .superRefine((intervals, ctx) => {
    if (intervals.length > LIMITS.weeklyIntervals) return;
    const spans = intervals.map((i) => ({ group: i.weekday, start: timeToMinutes(i.start), end: timeToMinutes(i.end) }));
    for (const [later, earlier] of overlappingPairs(spans)) {
      const b = intervals[earlier];
      ctx.addIssue({
        code: "custom",
        path: [later, "start"],
        message: `Overlaps ${WEEKDAY_NAMES[b.weekday - 1]} ${b.start}–${b.end}.`,
      });
    }
  });

const ZONES = new Set(Intl.supportedValuesOf("timeZone"));
ZONES.add("UTC");

export const zTimeZone = z
  .string()
  .trim()
  .refine((tz) => ZONES.has(tz), { message: "Pick a time zone from the list, like Europe/London." });

const MAX_PRICE_TEXT = (LIMITS.priceMinor / 100).toLocaleString("en-GB");

/** Money typed as "420", "420.50" or "£1,200" → integer minor units, at most LIMITS.priceMinor. */
export const zMoneyMinor = z
  .union([z.string().max(LIMITS.moneyTextLength, "Enter an amount like 420 or 420.50."), z.number()], {
    message: "Enter an amount like 420 or 420.50.",
  })
  .transform((v, ctx) => {
    const text = String(v).replace(/[£$€,\s]/g, "");
    if (!/^-?\d+(\.\d{1,2})?$/.test(text)) {
      ctx.addIssue({ code: "custom", message: "Enter an amount like 420 or 420.50." });
      return z.NEVER;
    }
    return Math.round(Number(text) * 100);
  })
  .refine((minor) => minor >= 0, "The price cannot be negative.")
  .refine((minor) => minor <= LIMITS.priceMinor, `The price must be at most ${MAX_PRICE_TEXT}.`);

export const zPositiveInt = (what: string, max = 10_000) =>
  zFormInt(`Enter the ${what} as a whole number.`, (n) => n.min(1, `The ${what} must be at least 1.`).max(max, `The ${what} must be at most ${max}.`));

export const zCheckbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

/** Switching a record off or on (clinics, services, providers, patients, staff): never a deletion. */
export const ZSetActiveSchema = z.object({ id: zId, active: z.boolean() });
export type TSetActiveInput = z.output<typeof ZSetActiveSchema>;
