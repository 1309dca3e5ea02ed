import { prisma } from "@/lib/db";
import { runAction, type ActionError } from "@/lib/action-result";
import { authorize } from "@/lib/session";
import { createPatient, DuplicatePatientError, type DuplicatePatient } from "@/lib/services/admin/patients";
import { ZPatientSchema } from "@/lib/validations/patient";

/** A failed create may carry the existing patients it resembles, for the form to link to. */
export type SavePatientResult =
  | { ok: true; data: { id: string } }
  | { ok: false; error: ActionError & { duplicates?: DuplicatePatient[] } };

/**
 * Registering a patient, for the admin and the staff action alike: the role is checked here, before the input is
 * read; a possible duplicate comes back with its matches unless the caller confirmed "create anyway".
 */
export async function registerPatient(role: "STAFF" | "ADMIN", input: unknown, afterCreate: () => void): Promise<SavePatientResult> {
  const found: { duplicates?: DuplicatePatient[] } = {};
  const result = await runAction(async () => {
    const user = await authorize(role);
    const data = ZPatientSchema.parse(input);
    try {
      const created = await createPatient(prisma, user, data);
      afterCreate();
      return created;
    } catch (e) {
      if (e instanceof DuplicatePatientError) found.duplicates = e.matches;
      throw e;
    }
  });
  return !result.ok && found.duplicates ? { ok: false, error: { ...result.error, duplicates: found.duplicates } } : result;
}
