"use server";

import type { z } from "zod";
import { authorizedAction, recordInput } from "@/lib/action-helpers";
import type { ActionResult } from "@/lib/action-result";
import { prisma } from "@/lib/db";
import { setPatientActive, updatePatient } from "@/lib/services/admin/patients";
import { registerPatient, type SavePatientResult } from "./save-patient";
import { ZPatientSchema, type TPatientInput } from "@/lib/validations/patient";
import { zId, ZSetActiveSchema } from "@/lib/validations/common";

export type { SavePatientResult };

const LIST = "/admin/patients";

export async function createPatientAction(input: TPatientInput): Promise<SavePatientResult> {
  return registerPatient("ADMIN", input, LIST);
}

export async function updatePatientAction(id: z.input<typeof zId>, input: TPatientInput): Promise<ActionResult<{ id: string }>> {
  return authorizedAction("ADMIN", recordInput(id, ZPatientSchema, input), (user, patient) => updatePatient(prisma, user, patient.id, patient.data), (saved) => [
    LIST,
    `/patients/${saved.id}`,
  ]);
}

export async function setPatientActiveAction(input: z.input<typeof ZSetActiveSchema>): Promise<ActionResult<{ id: string; active: boolean }>> {
  return authorizedAction("ADMIN", () => ZSetActiveSchema.parse(input), (user, data) => setPatientActive(prisma, user, data.id, data.active), LIST);
}
