import { assertClinicAccess } from "@/lib/access/clinic-access";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/session-types";
import { assertMayMove, type Course } from "@/lib/booking/course";
import type { Db } from "@/lib/database/client";
import { eligibleClinics } from "@/lib/queries/booking/eligibility";
import type { Selection } from "@/lib/queries/booking/assemble-plan-request";

/**
 * The browser's choice of clinics and providers is input like any other: every clinic must be one the user may act
 * in and that offers part of the course (checked here), every provider one the filters would have offered (checked
 * on the planner's own read of the providers: buildPlanRequest's `checkProviders`).
 */
export async function checkClinics(prisma: Db, actor: CurrentUser, course: Course, selection: Selection): Promise<void> {
  assertMayMove(actor, course);
  if (selection.clinicIds.length === 0) throw new AppError("INVALID_INPUT", "Choose at least one clinic.", { fieldErrors: { clinicIds: "Choose at least one clinic." } });
  if (selection.providerIds.length === 0) throw new AppError("INVALID_INPUT", "Choose at least one provider.", { fieldErrors: { providerIds: "Choose at least one provider." } });
  assertClinicAccess(actor, selection.clinicIds);
  const clinicIds = new Set((await eligibleClinics(prisma, course, actor.clinicIds)).map((c) => c.id));
  if (selection.clinicIds.some((id) => !clinicIds.has(id))) {
    throw new AppError("INVALID_INPUT", "One of the chosen clinics does not offer what is left of this package. Choose again.", {
      fieldErrors: { clinicIds: "Choose from the clinics listed." },
    });
  }
}
