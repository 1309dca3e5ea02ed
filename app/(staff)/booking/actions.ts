"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { runAction, type ActionResult } from "@/lib/action-result";
import type {
  BookingOptions,
  ClinicOption,
  ConfirmedBatch,
  FitCheck,
  PackageOptions,
  PatientOption,
  PlanPreview,
  MoveAlternatives,
  ProviderOption,
  ServiceOption,
  SlotOption,
} from "@/lib/booking/types";
import { authorize } from "@/lib/session";
import * as V from "@/lib/validations/booking";
import { searchPatientOptions } from "@/lib/queries/booking/patient-options";
import { packageOptions } from "@/lib/queries/booking/package-options";
import { assignPackage as assign } from "@/lib/services/booking/assign-package";
import { bookingOptions } from "@/lib/queries/booking/booking-options";
import { alternativesFor as alternatives, autoSchedule as plan, checkTemplateFit as fit } from "@/lib/services/booking/auto-schedule";
import { confirmPlan as confirm } from "@/lib/services/booking/confirm-plan";
import { bookSingle as book, freeSlots as slots, singleClinics, singleProviders, singleServices } from "@/lib/services/booking/single-session";

// Every action: check the session itself (before even reading the input), parse the input, call one domain
// function, return a typed result. Parameter types come from the zod schemas (lib/validations/booking.ts) and only
// guide callers: a server action is a public endpoint, so the input is parsed all the same.

export async function searchPatientsForBooking(q: V.TPatientSearchInput): Promise<ActionResult<PatientOption[]>> {
  return runAction(async () => {
    await authorize();
    const query = V.ZPatientSearchSchema.parse(q);
    return searchPatientOptions(prisma, query);
  });
}

export async function loadPackageOptions(patientId: V.TTemplateFitInput["patientId"]): Promise<ActionResult<PackageOptions>> {
  return runAction(async () => {
    const user = await authorize();
    const id = V.ZTemplateFitSchema.shape.patientId.parse(patientId);
    return packageOptions(prisma, id, new Date(), user.clinicIds);
  });
}

export async function checkTemplateFit(input: V.TTemplateFitInput): Promise<ActionResult<FitCheck>> {
  return runAction(async () => {
    const user = await authorize();
    const data = V.ZTemplateFitSchema.parse(input);
    return fit(prisma, user, data, new Date());
  });
}

export async function assignPackage(input: V.TAssignPackageInput): Promise<ActionResult<{ purchaseId: string }>> {
  return runAction(async () => {
    const user = await authorize();
    const data = V.ZAssignPackageSchema.parse(input);
    const { purchaseId } = await assign(prisma, user, data, new Date());
    revalidatePath(`/patients/${data.patientId}`);
    return { purchaseId };
  });
}

export async function loadBookingOptions(input: V.TBookingOptionsInput): Promise<ActionResult<BookingOptions>> {
  return runAction(async () => {
    const user = await authorize();
    const data = V.ZBookingOptionsSchema.parse(input);
    return bookingOptions(prisma, user, data, new Date());
  });
}

export async function autoSchedule(input: V.TAutoScheduleInput): Promise<ActionResult<PlanPreview>> {
  return runAction(async () => {
    const user = await authorize();
    const data = V.ZAutoScheduleSchema.parse(input);
    return plan(prisma, user, data, new Date());
  });
}

export async function alternativesFor(input: V.TAlternativesInput): Promise<ActionResult<MoveAlternatives>> {
  return runAction(async () => {
    const user = await authorize();
    const data = V.ZAlternativesSchema.parse(input);
    return alternatives(prisma, user, data, new Date());
  });
}

export async function confirmPlan(input: V.TConfirmPlanInput): Promise<ActionResult<ConfirmedBatch>> {
  return runAction(async () => {
    const user = await authorize();
    const data = V.ZConfirmPlanSchema.parse(input);
    const batch = await confirm(prisma, user, data, new Date());
    revalidatePath(`/patients/${batch.patientId}`);
    revalidatePath("/");
    return batch;
  });
}

export async function listServicesForSingle(input: V.TSingleServicesInput = {}): Promise<ActionResult<ServiceOption[]>> {
  return runAction(async () => {
    const user = await authorize();
    const data = V.ZSingleServicesSchema.parse(input ?? {});
    return singleServices(prisma, user, data);
  });
}

export async function listClinicsForSingle(input: V.TSingleClinicsInput): Promise<ActionResult<ClinicOption[]>> {
  return runAction(async () => {
    const user = await authorize();
    const data = V.ZSingleClinicsSchema.parse(input);
    return singleClinics(prisma, user, data);
  });
}

export async function listProvidersForSingle(input: V.TSingleProvidersInput): Promise<ActionResult<ProviderOption[]>> {
  return runAction(async () => {
    const user = await authorize();
    const data = V.ZSingleProvidersSchema.parse(input);
    return singleProviders(prisma, user, data);
  });
}

export async function freeSlots(input: V.TFreeSlotsInput): Promise<ActionResult<SlotOption[]>> {
  return runAction(async () => {
    const user = await authorize();
    const data = V.ZFreeSlotsSchema.parse(input);
    return slots(prisma, user, data, new Date());
  });
}

export async function bookSingle(input: V.TBookSingleInput): Promise<ActionResult<ConfirmedBatch>> {
  return runAction(async () => {
    const user = await authorize();
    const data = V.ZBookSingleSchema.parse(input);
    const batch = await book(prisma, user, data, new Date());
    revalidatePath(`/patients/${batch.patientId}`);
    revalidatePath("/");
    return batch;
  });
}
