import type { AppPrismaClient } from "@/lib/database/client";
import { assertClinicAccess } from "@/lib/access/clinic-access";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/session-types";
import type { Course } from "./course";
import { eligibleClinics, eligibleProviders } from "./eligibility";
import type { Selection } from "./plan-request";

/**
 * The browser's choice of clinics and providers is input like any other: every clinic must be one the user may act
 * in and that offers part of the course, every provider one the filters would have offered.
 */
export async function checkSelection(prisma: AppPrismaClient, actor: CurrentUser, course: Course, selection: Selection, now: Date): Promise<void> {
  assertMayMove(actor, course);
  if (selection.clinicIds.length === 0) throw new AppError("INVALID_INPUT", "Choose at least one clinic.", { fieldErrors: { clinicIds: "Choose at least one clinic." } });
  if (selection.providerIds.length === 0) throw new AppError("INVALID_INPUT", "Choose at least one provider.", { fieldErrors: { providerIds: "Choose at least one provider." } });
  assertClinicAccess(actor, selection.clinicIds);
  const clinics = await eligibleClinics(prisma, course, actor.clinicIds);
  const clinicIds = new Set(clinics.map((c) => c.id));
  if (selection.clinicIds.some((id) => !clinicIds.has(id))) {
    throw new AppError("INVALID_INPUT", "One of the chosen clinics does not offer what is left of this package. Choose again.", {
      fieldErrors: { clinicIds: "Choose from the clinics listed." },
    });
  }
  const providers = await eligibleProviders(prisma, course, selection.clinicIds, now);
  const providerIds = new Set(providers.map((p) => p.id));
  if (selection.providerIds.some((id) => !providerIds.has(id))) {
    throw new AppError("INVALID_INPUT", "One of the chosen providers cannot deliver this package at the chosen clinics. Choose again.", {
      fieldErrors: { providerIds: "Choose from the providers listed." },
    });
  }
}

/** Sessions to move must be at the user's clinics, like any appointment they change. */
export function assertMayMove(actor: CurrentUser, course: Course): void {
  assertClinicAccess(actor, (course.moving ?? []).map((m) => m.clinicId));
}
