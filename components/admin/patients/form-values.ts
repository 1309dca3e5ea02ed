import type { PatientForEdit } from "@/lib/patients/types";
import { savedPreferences } from "@/lib/validations/patient";
import type { PatientFormValues } from "./patient-form";

/** A stored patient as the patient form edits it (admin and staff edit pages). */
export function patientFormValues(patient: PatientForEdit): PatientFormValues {
  return {
    firstName: patient.firstName,
    lastName: patient.lastName,
    dateOfBirth: patient.dateOfBirth.toISOString().slice(0, 10),
    email: patient.email ?? "",
    phone: patient.phone ?? "",
    identifier: patient.identifier,
    notes: patient.notes ?? "",
    preferredClinicId: patient.preferredClinicId ?? "",
    ...savedPreferences(patient),
  };
}
