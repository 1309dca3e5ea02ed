"use server";

import { prisma } from "@/lib/db";
import { authorizedAction } from "@/lib/action-helpers";
import type { ActionResult } from "@/lib/action-result";
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
import * as V from "@/lib/validations/booking";
import { searchPatientOptions } from "@/lib/queries/booking/patient-options";
import { packageOptions } from "@/lib/queries/booking/package-options";
import { assignPackage as assign } from "@/lib/services/booking/assign-package";
import { bookingOptions } from "@/lib/queries/booking/booking-options";
import { alternativesFor as alternatives, autoSchedule as plan, checkTemplateFit as fit } from "@/lib/services/booking/auto-schedule";
import { confirmPlan as confirm } from "@/lib/services/booking/confirm-plan";
import { bookSingle as book, freeSlots as slots, singleClinics, singleProviders, singleServices } from "@/lib/services/booking/single-session";

// Every action is for any signed-in staff member (administrators included) and goes through authorizedAction:
// session first, then the input parsed with its zod schema (lib/validations/booking.ts), then one domain function
// with the real clock. The parameter types only guide callers: a server action is a public endpoint.

/** A booking is visible on the patient's record and on the front desk's day. */
const refreshBooked = (batch: ConfirmedBatch) => [`/patients/${batch.patientId}`, "/"];

export async function searchPatientsForBooking(q: V.TPatientSearchInput): Promise<ActionResult<PatientOption[]>> {
  return authorizedAction("STAFF", () => V.ZPatientSearchSchema.parse(q), (_user, query) => searchPatientOptions(prisma, query));
}

export async function loadPackageOptions(patientId: V.TTemplateFitInput["patientId"]): Promise<ActionResult<PackageOptions>> {
  return authorizedAction("STAFF", () => V.ZTemplateFitSchema.shape.patientId.parse(patientId), (user, id) => packageOptions(prisma, id, new Date(), user.clinicIds));
}

export async function checkTemplateFit(input: V.TTemplateFitInput): Promise<ActionResult<FitCheck>> {
  return authorizedAction("STAFF", () => V.ZTemplateFitSchema.parse(input), (user, data) => fit(prisma, user, data, new Date()));
}

export async function assignPackage(input: V.TAssignPackageInput): Promise<ActionResult<{ purchaseId: string }>> {
  return authorizedAction(
    "STAFF",
    () => V.ZAssignPackageSchema.parse(input),
    async (user, data) => ({ purchaseId: (await assign(prisma, user, data, new Date())).purchaseId }),
    (_saved, data) => `/patients/${data.patientId}`,
  );
}

export async function loadBookingOptions(input: V.TBookingOptionsInput): Promise<ActionResult<BookingOptions>> {
  return authorizedAction("STAFF", () => V.ZBookingOptionsSchema.parse(input), (user, data) => bookingOptions(prisma, user, data, new Date()));
}

export async function autoSchedule(input: V.TAutoScheduleInput): Promise<ActionResult<PlanPreview>> {
  return authorizedAction("STAFF", () => V.ZAutoScheduleSchema.parse(input), (user, data) => plan(prisma, user, data, new Date()));
}

export async function alternativesFor(input: V.TAlternativesInput): Promise<ActionResult<MoveAlternatives>> {
  return authorizedAction("STAFF", () => V.ZAlternativesSchema.parse(input), (user, data) => alternatives(prisma, user, data, new Date()));
}

export async function confirmPlan(input: V.TConfirmPlanInput): Promise<ActionResult<ConfirmedBatch>> {
  return authorizedAction("STAFF", () => V.ZConfirmPlanSchema.parse(input), (user, data) => confirm(prisma, user, data, new Date()), refreshBooked);
}

export async function listServicesForSingle(input: V.TSingleServicesInput = {}): Promise<ActionResult<ServiceOption[]>> {
  return authorizedAction("STAFF", () => V.ZSingleServicesSchema.parse(input ?? {}), (user, data) => singleServices(prisma, user, data));
}

export async function listClinicsForSingle(input: V.TSingleClinicsInput): Promise<ActionResult<ClinicOption[]>> {
  return authorizedAction("STAFF", () => V.ZSingleClinicsSchema.parse(input), (user, data) => singleClinics(prisma, user, data));
}

export async function listProvidersForSingle(input: V.TSingleProvidersInput): Promise<ActionResult<ProviderOption[]>> {
  return authorizedAction("STAFF", () => V.ZSingleProvidersSchema.parse(input), (user, data) => singleProviders(prisma, user, data));
}

export async function freeSlots(input: V.TFreeSlotsInput): Promise<ActionResult<SlotOption[]>> {
  return authorizedAction("STAFF", () => V.ZFreeSlotsSchema.parse(input), (user, data) => slots(prisma, user, data, new Date()));
}

export async function bookSingle(input: V.TBookSingleInput): Promise<ActionResult<ConfirmedBatch>> {
  return authorizedAction("STAFF", () => V.ZBookSingleSchema.parse(input), (user, data) => book(prisma, user, data, new Date()), refreshBooked);
}
