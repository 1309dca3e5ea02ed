import { z } from "zod";
import { zId } from "@/lib/validations/common";
import { zLocalDate } from "@/lib/validations/package";
import { ZSchedulingPreferencesSchema } from "@/lib/validations/patient";

const zIdList = (what: string) => z.array(zId).max(100, `Too many ${what}.`);
/** Booked sessions of the purchase to move while re-planning the rest of a course (e.g. hit by time off). */
const zMoveIds = z.array(zId).max(200).optional();
const zKey = z.string().trim().min(8, "Missing request key; close the window and start again.").max(100);

/**
 * What the patient said, as the Auto Schedule step sends it: days and times, each "only" (hard) or preferred (soft),
 * dates they cannot come, and a first date ("start from", local to the first chosen clinic). Absent: the patient's
 * saved weekdays and times are used as preferences, as before.
 */
export const ZPatientChoicesSchema = ZSchedulingPreferencesSchema.extend({ startFrom: zLocalDate.optional() });
export type TPatientChoices = z.output<typeof ZPatientChoicesSchema>;

export const ZSessionChoiceSchema = z.object({
  serviceId: zId,
  providerId: zId,
  clinicId: zId,
  start: z.iso.datetime({ offset: true, message: "A session has an invalid start time." }),
});

export const ZPatientSearchSchema = z.string().trim().max(100);
export const ZAssignPackageSchema = z.object({ patientId: zId, packageId: zId, idempotencyKey: zKey });
export const ZTemplateFitSchema = z.object({ patientId: zId, packageId: zId });
export const ZBookingOptionsSchema = z.object({ purchaseId: zId, clinicIds: zIdList("clinics").optional(), moveAppointmentIds: zMoveIds });
export const ZAutoScheduleSchema = z.object({
  purchaseId: zId,
  clinicIds: zIdList("clinics").min(1, "Choose at least one clinic."),
  providerIds: zIdList("providers").min(1, "Choose at least one provider."),
  count: z.coerce.number().int("Enter a whole number of sessions.").min(1, "Plan at least one session.").max(200).optional(),
  moveAppointmentIds: zMoveIds,
  choices: ZPatientChoicesSchema.optional(),
});
export const ZAlternativesSchema = z.object({
  purchaseId: zId,
  clinicIds: zIdList("clinics").min(1),
  providerIds: zIdList("providers").min(1),
  sessions: z.array(ZSessionChoiceSchema).min(1).max(200),
  index: z.number().int().min(0),
  moveAppointmentIds: zMoveIds,
  choices: ZPatientChoicesSchema.optional(),
});
export const ZConfirmPlanSchema = z.object({
  purchaseId: zId,
  idempotencyKey: zKey,
  sessions: z.array(ZSessionChoiceSchema).min(1, "The plan has no sessions to book.").max(200),
  moveAppointmentIds: zMoveIds,
});
export const ZSingleServicesSchema = z.object({ clinicId: zId.optional() });
export const ZSingleClinicsSchema = z.object({ serviceId: zId });
export const ZSingleProvidersSchema = z.object({ serviceId: zId, clinicId: zId });
export const ZFreeSlotsSchema = z.object({
  patientId: zId,
  serviceId: zId,
  clinicId: zId,
  providerId: zId,
  from: z.iso.datetime({ offset: true }).optional(),
});
export const ZBookSingleSchema = z.object({ patientId: zId, idempotencyKey: zKey, slot: ZSessionChoiceSchema });

export type TAutoSchedule = z.infer<typeof ZAutoScheduleSchema>;
export type TConfirmPlan = z.infer<typeof ZConfirmPlanSchema>;
