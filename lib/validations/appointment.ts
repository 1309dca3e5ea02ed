import { z } from "zod";
import { zId } from "@/lib/validations/common";
import { LIMITS } from "@/lib/validations/limits";
import { zLocalDate } from "@/lib/validations/package";

const zReason = (missing: string) =>
  z.string().trim().min(3, missing).max(LIMITS.reasonLength, `Keep the reason under ${LIMITS.reasonLength} characters.`);

export const ZAppointmentRefSchema = z.object({ appointmentId: zId });

export const ZCancelAppointmentSchema = z.object({
  appointmentId: zId,
  reason: zReason("Say briefly why the appointment is cancelled."),
});

export const ZRescheduleSlotsSchema = z.object({
  appointmentId: zId,
  /** Another provider at the same clinic, qualified for the service; defaults to the current one. */
  providerId: zId.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  /** "First free on or after": a local date at the appointment's clinic. */
  fromDate: zLocalDate.optional(),
});

export const ZRescheduleSchema = z.object({
  appointmentId: zId,
  providerId: zId,
  start: z.iso.datetime({ offset: true, message: "Choose a new time." }),
});

export const ZExtendExpirySchema = z.object({
  purchaseId: zId,
  /** The last local day (clinic zone) the package can be used, YYYY-MM-DD. */
  lastDay: z.iso.date("Enter the new last day as a date."),
  reason: zReason("Give a reason for the extension."),
});

export const ZCancelPurchaseSchema = z.object({
  purchaseId: zId,
  reason: zReason("Give a reason for cancelling the package."),
});

// Each action's input, declared once: `T…Input` is what the browser sends (the action's parameter type; the action
// still parses it, being a public endpoint), `T…` what the parse hands the service.
export type TAppointmentRefInput = z.input<typeof ZAppointmentRefSchema>;
export type TCancelAppointmentInput = z.input<typeof ZCancelAppointmentSchema>;
export type TCancelAppointment = z.output<typeof ZCancelAppointmentSchema>;
export type TRescheduleSlotsInput = z.input<typeof ZRescheduleSlotsSchema>;
export type TRescheduleSlots = z.output<typeof ZRescheduleSlotsSchema>;
export type TRescheduleInput = z.input<typeof ZRescheduleSchema>;
export type TReschedule = z.output<typeof ZRescheduleSchema>;
export type TExtendExpiryInput = z.input<typeof ZExtendExpirySchema>;
export type TExtendExpiry = z.output<typeof ZExtendExpirySchema>;
export type TCancelPurchaseInput = z.input<typeof ZCancelPurchaseSchema>;
export type TCancelPurchase = z.output<typeof ZCancelPurchaseSchema>;
