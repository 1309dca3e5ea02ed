"use server";

import type { z } from "zod";
import { authorizedAction, recordInput } from "@/lib/action-helpers";
import type { ActionResult } from "@/lib/action-result";
import { prisma } from "@/lib/db";
import { saveSchedulingPreferences, updatePatientContact } from "@/lib/services/admin/patients";
import { clinicOptions } from "@/lib/queries/admin/clinics";
import { suggestPatientNumber } from "@/lib/queries/admin/patients";
import { ZPatientContactSchema, ZSchedulingPreferencesSchema, type TPatientInput } from "@/lib/validations/patient";
import { zId } from "@/lib/validations/common";
import { registerPatient, type SavePatientResult } from "@/app/admin/patients/save-patient";

// Front-desk staff register patients and keep their contact details and scheduling preferences up to date; the
// name, date of birth, patient number and deactivation stay with administrators (app/admin/patients/actions.ts).

type PatientId = z.input<typeof zId>;
const refreshRecord = (saved: { id: string }) => `/patients/${saved.id}`;

export async function registerPatientAsStaff(input: TPatientInput): Promise<SavePatientResult> {
  return registerPatient("STAFF", input, "/patients");
}

/** What the New patient form starts from: the next free patient number and the clinics to prefer. */
export async function newPatientDefaults(): Promise<ActionResult<{ identifier: string; clinics: { id: string; name: string; active: boolean }[] }>> {
  return authorizedAction("STAFF", () => null, async () => {
    const [identifier, clinics] = await Promise.all([suggestPatientNumber(prisma), clinicOptions(prisma)]);
    return { identifier, clinics };
  });
}

export async function updatePatientContactAction(id: PatientId, input: z.input<typeof ZPatientContactSchema>): Promise<ActionResult<{ id: string }>> {
  return authorizedAction("STAFF", recordInput(id, ZPatientContactSchema, input), (user, patient) => updatePatientContact(prisma, user, patient.id, patient.data), refreshRecord);
}

export async function saveSchedulingPreferencesAction(id: PatientId, input: z.input<typeof ZSchedulingPreferencesSchema>): Promise<ActionResult<{ id: string }>> {
  return authorizedAction("STAFF", recordInput(id, ZSchedulingPreferencesSchema, input), (user, patient) => saveSchedulingPreferences(prisma, user, patient.id, patient.data), refreshRecord);
}
