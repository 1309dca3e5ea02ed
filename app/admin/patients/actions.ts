"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { runAction, type ActionError, type ActionResult } from "@/lib/action-result";
import { authorize } from "@/lib/session";
import { createPatient, DuplicatePatientError, setPatientActive, updatePatient, type DuplicatePatient } from "@/lib/services/admin/patients";
import { ZPatientSchema, ZPatientStatusSchema } from "@/lib/validations/patient";
import { zId } from "@/lib/validations/common";

/** A failed create may carry the existing patients it resembles, for the form to link to. */
export type SavePatientResult =
  | { ok: true; data: { id: string } }
  | { ok: false; error: ActionError & { duplicates?: DuplicatePatient[] } };

export async function createPatientAction(input: unknown): Promise<SavePatientResult> {
  const found: { duplicates?: DuplicatePatient[] } = {};
  const result = await runAction(async () => {
    const user = await authorize("ADMIN");
    const data = ZPatientSchema.parse(input);
    try {
      const created = await createPatient(prisma, user, data);
      revalidatePath("/admin/patients");
      return created;
    } catch (e) {
      if (e instanceof DuplicatePatientError) found.duplicates = e.matches;
      throw e;
    }
  });
  return !result.ok && found.duplicates ? { ok: false, error: { ...result.error, duplicates: found.duplicates } } : result;
}

export async function updatePatientAction(id: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await authorize("ADMIN");
    const patientId = zId.parse(id);
    const data = ZPatientSchema.parse(input);
    const result = await updatePatient(prisma, user, patientId, data);
    revalidatePath("/admin/patients");
    revalidatePath(`/patients/${patientId}`);
    return result;
  });
}

export async function setPatientActiveAction(input: unknown): Promise<ActionResult<{ id: string; active: boolean }>> {
  return runAction(async () => {
    const user = await authorize("ADMIN");
    const data = ZPatientStatusSchema.parse(input);
    const result = await setPatientActive(prisma, user, data.id, data.active);
    revalidatePath("/admin/patients");
    return result;
  });
}
