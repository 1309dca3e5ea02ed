import { z } from "zod";
import { flagRepeats, zCheckbox, zFormInt, zIdSet, zName, zOptionalText, zTimeZone, zWeeklyIntervals, zId } from "@/lib/validations/common";
import { LIMITS } from "@/lib/validations/limits";

/** A calendar date as <input type="date"> gives it: "2026-12-25". */
export const zLocalDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Enter a date.", abort: true })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "Enter a real date.");

export const ZClosureSchema = z.object({ date: zLocalDate, reason: zOptionalText(LIMITS.shortTextLength) });

// Written the clinic's own way: "0117 496 0000", "+44 117 496 0000", "(212) 555-0147", "212.555.0147".
const zPhone = zOptionalText(40).refine((v) => v === null || /^[+(]?\d[\d\s().-]{4,}$/.test(v), "Enter a phone number, like 0117 496 0000 or (212) 555-0147.");

const ClinicFields = z.object({
  name: zName("clinic name"),
  address: zOptionalText(300),
  phone: zPhone,
  timeZone: zTimeZone,
  hours: zWeeklyIntervals,
  closures: z.array(ZClosureSchema).max(LIMITS.closures, `Keep to at most ${LIMITS.closures} closures.`),
  serviceIds: zIdSet(LIMITS.pickedIds, "services"),
  lateCancelWindowHours: zFormInt("Enter the window in whole hours.", (n) =>
    n.min(0, "The late-cancel window cannot be negative.").max(720, "The late-cancel window must be at most 720 hours (30 days)."),
  ),
  lateCancelForfeits: zCheckbox,
  noShowForfeits: zCheckbox,
  active: zCheckbox,
  // Patient e-mails. Optional in a submission (defaults), so older clients keep working; .default also marks the
  // key optional in the input type the actions take.
  reminderHours: z
    .preprocess(
      (v) => (v === "" ? 24 : v),
      z.coerce.number({ message: "Enter the reminder time in whole hours." }).int("Enter the reminder time in whole hours.").min(1, "Reminders go out at least 1 hour before.").max(336, "Reminders go out at most 336 hours (14 days) before."),
    )
    .default(24),
  emailSenderName: zOptionalText(100).optional().transform((v) => v ?? null),
  emailReplyTo: zOptionalText(254)
    .optional()
    .transform((v) => v ?? null)
    .refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "Enter an e-mail address, like desk@clinic.example."),
});

function closuresOnce(c: { closures: { date: string }[] }, ctx: z.RefinementCtx): void {
  flagRepeats(ctx, c.closures, (closure) => closure.date, (i) => ["closures", i, "date"], "This date is already listed.");
}

export const ZClinicSchema = ClinicFields.superRefine(closuresOnce);
export const ZClinicUpdateSchema = ClinicFields.extend({ id: zId }).superRefine(closuresOnce);

export type TClinicFormValues = z.input<typeof ZClinicSchema>;
export type TClinicInput = z.output<typeof ZClinicSchema>;
export type TClinicUpdateInput = z.output<typeof ZClinicUpdateSchema>;
