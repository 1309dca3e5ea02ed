"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { runAction, type ActionResult } from "@/lib/action-result";
import { authorize } from "@/lib/session";
import { saveSchedulingPreferences, updatePatientContact } from "@/lib/services/admin/patients";
import { clinicOptions } from "@/lib/queries/admin/clinics";
import { suggestPatientNumber } from "@/lib/queries/admin/patients";
import { ZPatientContactSchema, ZSchedulingPreferencesSchema } from "@/lib/validations/patient";
import { zId } from "@/lib/validations/common";
import { registerPatient, type SavePatientResult } from "@/app/admin/patients/save-patient";

// Front-desk staff register patients and keep their contact details and scheduling preferences up to date; the
// name, date of birth, patient number and deactivation stay with administrators (app/admin/patients/actions.ts).

export async function registerPatientAsStaff(input: unknown): Promise<SavePatientResult> {
  return registerPatient("STAFF", input, () => revalidatePath("/patients"));
}

/** What the New patient form starts from: the next free patient number and the clinics to prefer. */
export async function newPatientDefaults(): Promise<ActionResult<{ identifier: string; clinics: { id: string; name: string; active: boolean }[] }>> {
  return runAction(async () => {
    await authorize("STAFF");
    const [identifier, clinics] = await Promise.all([suggestPatientNumber(prisma), clinicOptions(prisma)]);
    return { identifier, clinics };
  });
}

export async function updatePatientContactAction(id: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await authorize("STAFF");
    const patientId = zId.parse(id);
    const data = ZPatientContactSchema.parse(input);
    const result = await updatePatientContact(prisma, user, patientId, data);
    revalidatePath(`/patients/${patientId}`);
    return result;
  });
}

export async function saveSchedulingPreferencesAction(id: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await authorize("STAFF");
    const patientId = zId.parse(id);
    const data = ZSchedulingPreferencesSchema.parse(input);
    const result = await saveSchedulingPreferences(prisma, user, patientId, data);
    revalidatePath(`/patients/${patientId}`);
    return result;
  });
}
