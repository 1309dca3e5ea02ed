import { z } from "zod";
import { zCheckbox, zId, zName, zOptionalText, zTimeOfDay, zWeekday, timeToMinutes } from "@/lib/validations/common";
import { LIMITS } from "@/lib/validations/limits";
import { overlappingPairs } from "@/lib/validations/overlaps";
import { zLocalDate } from "@/lib/validations/package";

const blankToNull = (v: unknown) => (v === "" || v === undefined ? null : v);

/**
 * Today's date where it is already latest on Earth (UTC+14): a birth registered "today" in any clinic's zone is
 * never refused because the server's clock is still on yesterday.
 */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

export const PATIENT_NUMBER_PREFIX = "CAD-";

export const ZPreferredWindowSchema = z
  .object({ start: zTimeOfDay, end: zTimeOfDay })
  .refine((w) => timeToMinutes(w.end) > timeToMinutes(w.start), { message: "The end must be after the start.", path: ["end"] });

/** Time-of-day windows that do not overlap (touching is fine: 09:00–12:00 and 12:00–14:00). */
export const zPreferredWindows = z
  .array(ZPreferredWindowSchema)
  .max(LIMITS.preferredWindows, `Keep to at most ${LIMITS.preferredWindows} preferred windows.`)
  .superRefine((windows, ctx) => {
    if (windows.length > LIMITS.preferredWindows) return;
    const spans = windows.map((w) => ({ group: 0, start: timeToMinutes(w.start), end: timeToMinutes(w.end) }));
    for (const [later, earlier] of overlappingPairs(spans)) {
      const b = windows[earlier];
      ctx.addIssue({ code: "custom", path: [later, "start"], message: `Overlaps ${b.start}–${b.end}.` });
    }
  })
  .transform((windows) => [...windows].sort((a, b) => timeToMinutes(a.start) - timeToMinutes(b.start)));

/** Holidays and other local dates the patient cannot come; sorted, without repeats. */
export const zUnavailableDates = z
  .array(zLocalDate)
  .max(60, "Keep to at most 60 unavailable dates.")
  .default([])
  .transform((dates) => [...new Set(dates)].sort());

/** Whether the weekdays / windows are the only ones the patient can come (hard) or merely preferred (soft). */
function schedulingChoiceFields() {
  return { weekdaysOnly: zCheckbox, windowsOnly: zCheckbox, unavailableDates: zUnavailableDates };
}

export const ZPatientSchema = z.object({
  firstName: zName("first name"),
  lastName: zName("last name"),
  dateOfBirth: z
    .string({ message: "Enter the date of birth." })
    .trim()
    .min(1, "Enter the date of birth.")
    .pipe(zLocalDate)
    .refine((v) => v <= latestToday(), "The date of birth cannot be in the future.")
    .refine((v) => v >= "1900-01-01", "Check the year: the date of birth is before 1900."),
  email: z.preprocess(
    blankToNull,
    z.string().trim().toLowerCase().max(LIMITS.emailLength, `Keep the email under ${LIMITS.emailLength} characters.`).email("Enter a valid email address, like name@example.com.").nullable(),
  ),
  phone: z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .max(40, "Keep the phone number under 40 characters.")
      .regex(/^\+?[0-9 ()\-.]{5,}$/, "Enter a phone number using digits, spaces and + - ( ).")
      .nullable(),
  ),
  identifier: z
    .string()
    .trim()
    .min(1, "Enter the patient number.")
    .max(32, "Keep the patient number under 32 characters.")
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, "Use letters, digits and dashes, like CAD-000123.")
    .transform((v) => v.toUpperCase()),
  notes: zOptionalText(LIMITS.notesLength),
  preferredClinicId: z.preprocess(blankToNull, zId.nullable()),
  preferredWeekdays: z
    .array(zWeekday)
    .max(7, "Pick each weekday at most once.")
    .default([])
    .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
  preferredWindows: zPreferredWindows.default([]),
  ...schedulingChoiceFields(),
  /** Set when staff saw the possible duplicates and chose to create the patient anyway. */
  confirmDuplicate: zCheckbox,
});

export type TPatientInput = z.input<typeof ZPatientSchema>;
export type TPatient = z.output<typeof ZPatientSchema>;

/**
 * The saved scheduling preferences, by field: what the patient form and Auto Schedule's "save for this patient"
 * edit, and what the pages read back (lib/queries/patient-fields.ts PATIENT_PREFERENCES).
 */
export const SCHEDULING_PREFERENCE_FIELDS = {
  preferredWeekdays: true,
  preferredWindows: true,
  weekdaysOnly: true,
  windowsOnly: true,
  unavailableDates: true,
} as const;

/** What staff (not only admins) may change on a patient: contact details, notes and saved scheduling preferences. */
export const ZPatientContactSchema = ZPatientSchema.pick({
  email: true,
  phone: true,
  notes: true,
  preferredClinicId: true,
  ...SCHEDULING_PREFERENCE_FIELDS,
});
export type TPatientContact = z.output<typeof ZPatientContactSchema>;

/** The saved scheduling preferences alone (the Auto Schedule step's "save for this patient"). */
export const ZSchedulingPreferencesSchema = ZPatientSchema.pick(SCHEDULING_PREFERENCE_FIELDS);
export type TSchedulingPreferences = z.output<typeof ZSchedulingPreferencesSchema>;

/** A patient row's saved scheduling preferences as plain values (windows are JSON; dates are date columns). */
export function savedPreferences(row: {
  preferredWeekdays: number[];
  preferredWindows: unknown;
  weekdaysOnly: boolean;
  windowsOnly: boolean;
  unavailableDates: Date[];
}): { preferredWeekdays: number[]; preferredWindows: { start: string; end: string }[]; weekdaysOnly: boolean; windowsOnly: boolean; unavailableDates: string[] } {
  const windows = Array.isArray(row.preferredWindows)
    ? row.preferredWindows.filter((w): w is { start: string; end: string } => typeof w?.start === "string" && typeof w?.end === "string")
    : [];
  return {
    preferredWeekdays: row.preferredWeekdays,
    preferredWindows: windows.map(({ start, end }) => ({ start, end })),
    weekdaysOnly: row.weekdaysOnly,
    windowsOnly: row.windowsOnly,
    unavailableDates: row.unavailableDates.map((d) => d.toISOString().slice(0, 10)),
  };
}
