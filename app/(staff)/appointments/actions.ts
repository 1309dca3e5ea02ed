"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { runAction, type ActionResult } from "@/lib/action-result";
import type { AppointmentOutcome } from "@/lib/appointments/types";
import type { ProviderOption, SlotOption } from "@/lib/booking/types";
import { authorize } from "@/lib/session";
import * as V from "@/lib/validations/appointment";
import { cancelAppointment as cancel, checkIn, complete, markNoShow as noShow } from "@/lib/services/appointments/lifecycle";
import { rescheduleAppointment as reschedule, rescheduleProviders, rescheduleSlots as slots } from "@/lib/services/appointments/reschedule";

// Every action: check the session itself (before even reading the input), parse the input, call one domain
// function (which checks the user's clinics against the appointment's), return a typed result. Parameter types come
// from the zod schemas (lib/validations/appointment.ts) and only guide callers: the input is parsed all the same.

function refresh(outcome: AppointmentOutcome): AppointmentOutcome {
  revalidatePath(`/patients/${outcome.patientId}`);
  revalidatePath("/calendar");
  revalidatePath("/");
  return outcome;
}

export async function checkInAppointment(input: V.TAppointmentRefInput): Promise<ActionResult<AppointmentOutcome>> {
  return runAction(async () => {
    const user = await authorize();
    const { appointmentId } = V.ZAppointmentRefSchema.parse(input);
    return refresh(await checkIn(prisma, user, appointmentId, new Date()));
  });
}

export async function completeAppointment(input: V.TAppointmentRefInput): Promise<ActionResult<AppointmentOutcome>> {
  return runAction(async () => {
    const user = await authorize();
    const { appointmentId } = V.ZAppointmentRefSchema.parse(input);
    return refresh(await complete(prisma, user, appointmentId, new Date()));
  });
}

export async function cancelAppointment(input: V.TCancelAppointmentInput): Promise<ActionResult<AppointmentOutcome>> {
  return runAction(async () => {
    const user = await authorize();
    const data = V.ZCancelAppointmentSchema.parse(input);
    return refresh(await cancel(prisma, user, data, new Date()));
  });
}

export async function markNoShow(input: V.TAppointmentRefInput): Promise<ActionResult<AppointmentOutcome>> {
  return runAction(async () => {
    const user = await authorize();
    const { appointmentId } = V.ZAppointmentRefSchema.parse(input);
    return refresh(await noShow(prisma, user, appointmentId, new Date()));
  });
}

/** Providers at the appointment's clinic who can take it over (for the reschedule dialog). */
export async function listRescheduleProviders(input: V.TAppointmentRefInput): Promise<ActionResult<ProviderOption[]>> {
  return runAction(async () => {
    const user = await authorize();
    const { appointmentId } = V.ZAppointmentRefSchema.parse(input);
    return rescheduleProviders(prisma, user, appointmentId, new Date());
  });
}

/** Free slots for moving an appointment (its own time does not count as busy). */
export async function rescheduleSlots(input: V.TRescheduleSlotsInput): Promise<ActionResult<SlotOption[]>> {
  return runAction(async () => {
    const user = await authorize();
    const data = V.ZRescheduleSlotsSchema.parse(input);
    return slots(prisma, user, data, new Date());
  });
}

export async function rescheduleAppointment(input: V.TRescheduleInput): Promise<ActionResult<AppointmentOutcome>> {
  return runAction(async () => {
    const user = await authorize();
    const data = V.ZRescheduleSchema.parse(input);
    return refresh(await reschedule(prisma, user, data, new Date()));
  });
}
