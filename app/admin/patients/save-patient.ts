import { authorizedAction } from "@/lib/action-helpers";
import type { ActionError } from "@/lib/action-result";
import { prisma } from "@/lib/db";
import { createPatient, DuplicatePatientError, type DuplicatePatient } from "@/lib/services/admin/patients";
import { ZPatientSchema, type TPatientInput } from "@/lib/validations/patient";

/** A failed create may carry the existing patients it resembles, for the form to link to. */
export type SavePatientResult =
  | { ok: true; data: { id: string } }
  | { ok: false; error: ActionError & { duplicates?: DuplicatePatient[] } };

/**
 * Registering a patient, for the admin and the staff action alike: the role is checked before the input is read; a
 * possible duplicate comes back with its matches unless the caller confirmed "create anyway". `list` is the patient
 * list the caller came from, revalidated once the patient exists.
 */
export async function registerPatient(role: "STAFF" | "ADMIN", input: TPatientInput, list: string): Promise<SavePatientResult> {
  const found: { duplicates?: DuplicatePatient[] } = {};
  const result = await authorizedAction(
    role,
    () => ZPatientSchema.parse(input),
    (user, data) =>
      createPatient(prisma, user, data).catch((e: unknown) => {
        if (e instanceof DuplicatePatientError) found.duplicates = e.matches;
        throw e;
      }),
    list,
  );
  return !result.ok && found.duplicates ? { ok: false, error: { ...result.error, duplicates: found.duplicates } } : result;
}
