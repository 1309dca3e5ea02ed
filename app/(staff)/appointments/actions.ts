"use server";

import { prisma } from "@/lib/db";
import { authorizedAction } from "@/lib/action-helpers";
import type { ActionResult } from "@/lib/action-result";
import type { AppointmentOutcome } from "@/lib/appointments/types";
import type { ProviderOption, SlotOption } from "@/lib/booking/types";
import * as V from "@/lib/validations/appointment";
import { cancelAppointment as cancel, checkIn, complete, markNoShow as noShow } from "@/lib/services/appointments/lifecycle";
import { rescheduleAppointment as reschedule, rescheduleProviders, rescheduleSlots as slots } from "@/lib/services/appointments/reschedule";

// Every action is for any signed-in staff member (administrators included) and goes through authorizedAction:
// session first, then the input parsed with its zod schema (lib/validations/appointment.ts), then one domain function
// (which checks the user's clinics against the appointment's) with the real clock. The parameter types only guide
// callers: a server action is a public endpoint.

/** An appointment's change shows on the patient's record, the calendar and the front desk's day. */
const refreshOutcome = (outcome: AppointmentOutcome) => [`/patients/${outcome.patientId}`, "/calendar", "/"];

/** The appointment an action names, as a plain id. */
const appointmentId = (input: V.TAppointmentRefInput) => () => V.ZAppointmentRefSchema.parse(input).appointmentId;

export async function checkInAppointment(input: V.TAppointmentRefInput): Promise<ActionResult<AppointmentOutcome>> {
  return authorizedAction("STAFF", appointmentId(input), (user, id) => checkIn(prisma, user, id, new Date()), refreshOutcome);
}

export async function completeAppointment(input: V.TAppointmentRefInput): Promise<ActionResult<AppointmentOutcome>> {
  return authorizedAction("STAFF", appointmentId(input), (user, id) => complete(prisma, user, id, new Date()), refreshOutcome);
}

export async function cancelAppointment(input: V.TCancelAppointmentInput): Promise<ActionResult<AppointmentOutcome>> {
  return authorizedAction("STAFF", () => V.ZCancelAppointmentSchema.parse(input), (user, data) => cancel(prisma, user, data, new Date()), refreshOutcome);
}

export async function markNoShow(input: V.TAppointmentRefInput): Promise<ActionResult<AppointmentOutcome>> {
  return authorizedAction("STAFF", appointmentId(input), (user, id) => noShow(prisma, user, id, new Date()), refreshOutcome);
}

/** Providers at the appointment's clinic who can take it over (for the reschedule dialog). */
export async function listRescheduleProviders(input: V.TAppointmentRefInput): Promise<ActionResult<ProviderOption[]>> {
  return authorizedAction("STAFF", appointmentId(input), (user, id) => rescheduleProviders(prisma, user, id, new Date()));
}

/** Free slots for moving an appointment (its own time does not count as busy). */
export async function rescheduleSlots(input: V.TRescheduleSlotsInput): Promise<ActionResult<SlotOption[]>> {
  return authorizedAction("STAFF", () => V.ZRescheduleSlotsSchema.parse(input), (user, data) => slots(prisma, user, data, new Date()));
}

export async function rescheduleAppointment(input: V.TRescheduleInput): Promise<ActionResult<AppointmentOutcome>> {
  return authorizedAction("STAFF", () => V.ZRescheduleSchema.parse(input), (user, data) => reschedule(prisma, user, data, new Date()), refreshOutcome);
}
