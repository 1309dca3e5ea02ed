import { prisma } from "@/lib/db";
import { clinicOptions } from "@/lib/queries/admin/clinics";
import { suggestPatientNumber } from "@/lib/queries/admin/patients";
import { NO_PREFERENCES } from "@/lib/patients/preferences";
import { requireAdmin, requireUser } from "@/lib/session";
import { PageHeader } from "@/components/shell/page-header";
import { PatientForm } from "@/components/admin/patients/patient-form";

/**
 * The New patient page, for administrators (every field) and front-desk staff alike: access first, then the form
 * starts from the next free patient number.
 */
export function newPatientRoute(audience: "admin" | "staff") {
  return async function NewPatientPage() {
    await (audience === "admin" ? requireAdmin("/admin/patients/new") : requireUser("/patients/new"));
    const [clinics, identifier] = await Promise.all([clinicOptions(prisma), suggestPatientNumber(prisma)]);
    return (
      <div className="max-w-3xl">
        <PageHeader title="New patient" />
        <PatientForm
          audience={audience}
          clinics={clinics}
          identifierHint={`The next free number is ${identifier}; change it if the patient already has one.`}
          initial={{ firstName: "", lastName: "", dateOfBirth: "", email: "", phone: "", identifier, notes: "", preferredClinicId: "", ...NO_PREFERENCES }}
        />
      </div>
    );
  };
}
