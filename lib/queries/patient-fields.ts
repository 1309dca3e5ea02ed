import type { Prisma } from "@/lib/generated/prisma/client";
import { SCHEDULING_PREFERENCE_FIELDS } from "@/lib/validations/patient";

/** Who a patient is, as every list and heading names them (lib/patients/types.ts PatientIdentity). */
export const PATIENT_IDENTITY = {
  id: true,
  firstName: true,
  lastName: true,
  identifier: true,
  dateOfBirth: true,
} as const satisfies Prisma.PatientSelect;

/** The patient's saved scheduling preferences, as the patient form edits them and Auto Schedule starts from them. */
export const PATIENT_PREFERENCES = SCHEDULING_PREFERENCE_FIELDS satisfies Prisma.PatientSelect;
