import { z } from "zod";
import { flagRepeats, zCheckbox, zId, zIdSet, zName, zOptionalText, zWeeklyIntervals } from "@/lib/validations/common";
import { LIMITS } from "@/lib/validations/limits";

/** A wall-clock date and time as an <input type="datetime-local"> gives it: "2026-03-29T09:30". */
export const zLocalDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: "Enter a date and time.", abort: true })
  .refine((v) => !Number.isNaN(Date.parse(`${v}:00Z`)) && new Date(`${v}:00Z`).toISOString().startsWith(v), "Enter a real date and time.");

export const ZTimeOffSchema = z
  .object({ startsAt: zLocalDateTime, endsAt: zLocalDateTime, reason: zOptionalText(LIMITS.shortTextLength) })
  .refine((t) => t.endsAt > t.startsAt, { message: "The end must be after the start.", path: ["endsAt"] });

export const ZClinicAvailabilitySchema = z.object({ clinicId: zId, intervals: zWeeklyIntervals });

const ProviderFields = z.object({
  name: zName("name"),
  title: zOptionalText(LIMITS.nameLength),
  active: zCheckbox,
  serviceIds: zIdSet(LIMITS.pickedIds, "services"),
  clinicIds: zIdSet(LIMITS.providerClinics, "clinics"),
  availability: z
    .array(ZClinicAvailabilitySchema)
    .max(LIMITS.providerClinics, `Give hours for at most ${LIMITS.providerClinics} clinics.`)
    .refine(
      (list) => list.reduce((n, a) => n + a.intervals.length, 0) <= LIMITS.availabilityIntervals,
      `Keep to at most ${LIMITS.availabilityIntervals} weekly hours intervals across all clinics.`,
    ),
  timeOff: z.array(ZTimeOffSchema).max(LIMITS.timeOffPeriods, `Keep to at most ${LIMITS.timeOffPeriods} time-off periods.`),
});

function availabilityOnlyWhereTheyWork(
  p: { clinicIds: string[]; availability: { clinicId: string }[] },
  ctx: z.RefinementCtx,
): void {
  const worksAt = new Set(p.clinicIds);
  p.availability.forEach((a, i) => {
    if (!worksAt.has(a.clinicId)) {
      ctx.addIssue({
        code: "custom",
        path: ["availability", i, "clinicId"],
        message: "This provider does not work at this clinic. Tick it under “Works at”, or remove these hours.",
      });
    }
  });
  flagRepeats(ctx, p.availability, (a) => a.clinicId, (i) => ["availability", i, "clinicId"], "This clinic's hours are given twice.");
}

export const ZProviderSchema = ProviderFields.superRefine(availabilityOnlyWhereTheyWork);
export const ZProviderUpdateSchema = ProviderFields.extend({ id: zId }).superRefine(availabilityOnlyWhereTheyWork);

export type TProviderFormValues = z.input<typeof ZProviderSchema>;
export type TProviderInput = z.output<typeof ZProviderSchema>;
export type TProviderUpdateInput = z.output<typeof ZProviderUpdateSchema>;

/**
 * Time off is entered and shown in one zone: that of the provider's first clinic (by name) among `clinicIds`,
 * or UTC when they work nowhere yet. The form and the service both use this, so they agree.
 */
export function timeOffZone(
  clinics: readonly { id: string; name: string; timeZone: string }[],
  clinicIds: readonly string[],
): { timeZone: string; clinicName: string | null } {
  const first = clinics.filter((c) => clinicIds.includes(c.id)).sort((a, b) => a.name.localeCompare(b.name))[0];
  return first ? { timeZone: first.timeZone, clinicName: first.name } : { timeZone: "UTC", clinicName: null };
}
