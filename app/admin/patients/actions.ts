"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { runAction, type ActionResult } from "@/lib/action-result";
import { authorize } from "@/lib/session";
import { setPatientActive, updatePatient } from "@/lib/services/admin/patients";
import { registerPatient, type SavePatientResult } from "./save-patient";
import { ZPatientSchema } from "@/lib/validations/patient";
import { zId, ZSetActiveSchema } from "@/lib/validations/common";

export type { SavePatientResult };

export async function createPatientAction(input: unknown): Promise<SavePatientResult> {
  return registerPatient("ADMIN", input, () => revalidatePath("/admin/patients"));
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
    const data = ZSetActiveSchema.parse(input);
    const result = await setPatientActive(prisma, user, data.id, data.active);
    revalidatePath("/admin/patients");
    return result;
  });
}
