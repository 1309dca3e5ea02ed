import { z } from "zod";
import { zFormInt, zId } from "@/lib/validations/common";
import { LIMITS } from "@/lib/validations/limits";
import { zLocalDate } from "@/lib/validations/package";
import { ZSchedulingPreferencesSchema } from "@/lib/validations/patient";

const zIdList = (what: string) => z.array(zId).max(LIMITS.bookingChoices, `Choose at most ${LIMITS.bookingChoices} ${what}.`);
/** Booked sessions of the purchase to move while re-planning the rest of a course (e.g. hit by time off). */
const zMoveIds = z.array(zId).max(LIMITS.planSessions, `Move at most ${LIMITS.planSessions} sessions at once.`).optional();
const zKey = z
  .string()
  .trim()
  .min(8, "Missing request key; close the window and start again.")
  .max(LIMITS.requestKeyLength, "Invalid request key; close the window and start again.");
const zPlanSessions = (empty: string) =>
  z.array(ZSessionChoiceSchema).min(1, empty).max(LIMITS.planSessions, `A plan can hold at most ${LIMITS.planSessions} sessions.`);

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

export const ZPatientSearchSchema = z.string().trim().max(LIMITS.searchLength, `Keep the search under ${LIMITS.searchLength} characters.`);
export const ZAssignPackageSchema = z.object({ patientId: zId, packageId: zId, idempotencyKey: zKey });
export const ZTemplateFitSchema = z.object({ patientId: zId, packageId: zId });
export const ZBookingOptionsSchema = z.object({ purchaseId: zId, clinicIds: zIdList("clinics").optional(), moveAppointmentIds: zMoveIds });
export const ZAutoScheduleSchema = z.object({
  purchaseId: zId,
  clinicIds: zIdList("clinics").min(1, "Choose at least one clinic."),
  providerIds: zIdList("providers").min(1, "Choose at least one provider."),
  count: zFormInt("Enter a whole number of sessions.", (n) =>
    n.min(1, "Plan at least one session.").max(LIMITS.planSessions, `Plan at most ${LIMITS.planSessions} sessions.`),
  ).optional(),
  moveAppointmentIds: zMoveIds,
  choices: ZPatientChoicesSchema.optional(),
});
export const ZAlternativesSchema = z.object({
  purchaseId: zId,
  clinicIds: zIdList("clinics").min(1),
  providerIds: zIdList("providers").min(1),
  sessions: zPlanSessions("The plan has no sessions."),
  index: z.number().int().min(0).max(LIMITS.planSessions - 1),
  moveAppointmentIds: zMoveIds,
  choices: ZPatientChoicesSchema.optional(),
  /** "Pick a date": the first free times on or after this local date (the session's clinic). */
  from: zLocalDate.optional(),
});
export const ZConfirmPlanSchema = z.object({
  purchaseId: zId,
  idempotencyKey: zKey,
  sessions: zPlanSessions("The plan has no sessions to book."),
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

// Each action's input, declared once: `T…Input` is what the browser sends (the action's parameter type; the action
// still parses it, being a public endpoint), `T…` what the parse hands the service.
export type TPatientSearchInput = z.input<typeof ZPatientSearchSchema>;
export type TAssignPackageInput = z.input<typeof ZAssignPackageSchema>;
export type TAssignPackage = z.output<typeof ZAssignPackageSchema>;
export type TTemplateFitInput = z.input<typeof ZTemplateFitSchema>;
export type TTemplateFit = z.output<typeof ZTemplateFitSchema>;
export type TBookingOptionsInput = z.input<typeof ZBookingOptionsSchema>;
export type TAutoScheduleInput = z.input<typeof ZAutoScheduleSchema>;
export type TAutoSchedule = z.output<typeof ZAutoScheduleSchema>;
export type TAlternativesInput = z.input<typeof ZAlternativesSchema>;
export type TAlternatives = z.output<typeof ZAlternativesSchema>;
export type TConfirmPlanInput = z.input<typeof ZConfirmPlanSchema>;
export type TConfirmPlan = z.output<typeof ZConfirmPlanSchema>;
export type TSingleServicesInput = z.input<typeof ZSingleServicesSchema>;
export type TSingleServices = z.output<typeof ZSingleServicesSchema>;
export type TSingleClinicsInput = z.input<typeof ZSingleClinicsSchema>;
export type TSingleClinics = z.output<typeof ZSingleClinicsSchema>;
export type TSingleProvidersInput = z.input<typeof ZSingleProvidersSchema>;
export type TSingleProviders = z.output<typeof ZSingleProvidersSchema>;
export type TFreeSlotsInput = z.input<typeof ZFreeSlotsSchema>;
export type TFreeSlots = z.output<typeof ZFreeSlotsSchema>;
export type TBookSingleInput = z.input<typeof ZBookSingleSchema>;
export type TBookSingle = z.output<typeof ZBookSingleSchema>;
