import { AppError } from "@/lib/errors";

/** Who is asking, as far as clinic scoping is concerned (admins carry every clinic's id). */
export type ClinicScoped = { clinicIds: readonly string[] };

/** The one sentence staff see when they try to act at a clinic they do not belong to. */
export const CLINIC_ACCESS_MESSAGE = "You can only do this at the clinics you belong to.";

export function hasClinicAccess(user: ClinicScoped, clinicId: string): boolean {
  return user.clinicIds.includes(clinicId);
}

/**
 * The clinic check of every service, query and route: throws FORBIDDEN unless the user belongs to each of the
 * given clinics. Admins pass because their session lists every clinic.
 */
export function assertClinicAccess(user: ClinicScoped, clinicIds: string | readonly string[]): void {
  const ids = typeof clinicIds === "string" ? [clinicIds] : clinicIds;
  if (ids.some((id) => !hasClinicAccess(user, id))) throw new AppError("FORBIDDEN", CLINIC_ACCESS_MESSAGE);
}
