import { z } from "zod";

/** Shared building blocks of the admin forms' zod schemas. Local times are "HH:MM"; stored as minutes. */

export const zId = z.string().trim().min(1, "Missing id.").max(64, "Invalid id.");

export const zName = (what: string) =>
  z.string().trim().min(1, `Enter a ${what}.`).max(120, `Keep the ${what} under 120 characters.`);

export const zOptionalText = (max = 2000) =>
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

export const zWeekday = z.coerce.number().int().min(1, "Pick a weekday.").max(7, "Pick a weekday.");

export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

export const zInterval = z
  .object({ weekday: zWeekday, start: zTimeOfDay, end: zTimeOfDay })
  .refine((i) => timeToMinutes(i.end) > timeToMinutes(i.start), { message: "The end must be after the start.", path: ["end"] });

/** A weekly timetable: intervals that do not overlap on the same weekday (touching is fine: 08:00–12:00, 12:00–18:00). */
export const zWeeklyIntervals = z.array(zInterval).superRefine((intervals, ctx) => {
  intervals.forEach((a, i) => {
    for (let j = 0; j < i; j++) {
      const b = intervals[j];
      if (a.weekday !== b.weekday) continue;
      if (timeToMinutes(a.start) < timeToMinutes(b.end) && timeToMinutes(b.start) < timeToMinutes(a.end)) {
        ctx.addIssue({
          code: "custom",
          path: [i, "start"],
          message: `Overlaps ${WEEKDAY_NAMES[a.weekday - 1]} ${b.start}–${b.end}.`,
        });
      }
    }
  });
});

const ZONES = new Set(Intl.supportedValuesOf("timeZone"));
ZONES.add("UTC");

export const zTimeZone = z
  .string()
  .trim()
  .refine((tz) => ZONES.has(tz), { message: "Pick a time zone from the list, like Europe/London." });

/** Money typed as "420", "420.50" or "£1,200" → integer minor units. */
export const zMoneyMinor = z
  .union([z.string(), z.number()])
  .transform((v, ctx) => {
    const text = String(v).replace(/[£$€,\s]/g, "");
    if (!/^-?\d+(\.\d{1,2})?$/.test(text)) {
      ctx.addIssue({ code: "custom", message: "Enter an amount like 420 or 420.50." });
      return z.NEVER;
    }
    return Math.round(Number(text) * 100);
  })
  .refine((minor) => minor >= 0, "The price cannot be negative.");

export const zPositiveInt = (what: string, max = 10_000) =>
  z.coerce
    .number({ message: `Enter the ${what} as a whole number.` })
    .int(`Enter the ${what} as a whole number.`)
    .min(1, `The ${what} must be at least 1.`)
    .max(max, `The ${what} must be at most ${max}.`);

export const zCheckbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");
