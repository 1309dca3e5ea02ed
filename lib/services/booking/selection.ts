import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/session-types";
import type { Course, Db } from "./course";
import { eligibleClinics } from "./eligibility";
import type { Selection } from "./plan-request";

/**
 * The browser's choice of clinics and providers is input like any other: every clinic must be one the user may act
 * in and that offers part of the course (checked here), every provider one the filters would have offered (checked
 * on the planner's own read of the providers: buildPlanRequest's `checkProviders`).
 */
export async function checkClinics(prisma: Db, actor: CurrentUser, course: Course, selection: Selection): Promise<void> {
  assertMayMove(actor, course);
  if (selection.clinicIds.length === 0) throw new AppError("INVALID_INPUT", "Choose at least one clinic.", { fieldErrors: { clinicIds: "Choose at least one clinic." } });
  if (selection.providerIds.length === 0) throw new AppError("INVALID_INPUT", "Choose at least one provider.", { fieldErrors: { providerIds: "Choose at least one provider." } });
  const clinicIds = new Set((await eligibleClinics(prisma, course, actor.clinicIds)).map((c) => c.id));
  if (selection.clinicIds.some((id) => !clinicIds.has(id))) {
    throw new AppError("FORBIDDEN", "One of the chosen clinics is not available for this package or not one of yours.");
  }
}

/** Sessions to move must be at the user's clinics, like any appointment they change. */
export function assertMayMove(actor: CurrentUser, course: Course): void {
  if ((course.moving ?? []).some((m) => !actor.clinicIds.includes(m.clinicId))) {
    throw new AppError("FORBIDDEN", "You can only move appointments at the clinics you belong to.");
  }
}
