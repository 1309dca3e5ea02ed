import { prisma } from "@/lib/db";
import type { Metadata } from "next";
import { clinicOptions } from "@/lib/queries/admin/clinics";
import { suggestPatientNumber } from "@/lib/queries/admin/patients";
import { requireAdmin } from "@/lib/session";
import { PageHeader } from "@/components/shell/page-header";
import { PatientForm } from "@/components/admin/patients/patient-form";
import { NO_PREFERENCES } from "@/lib/patients/preferences";

export const metadata: Metadata = { title: "New patient" };
export const dynamic = "force-dynamic";

export default async function NewPatientPage() {
  await requireAdmin("/admin/patients/new");
  const [clinics, identifier] = await Promise.all([clinicOptions(prisma), suggestPatientNumber(prisma)]);
  return (
    <div className="max-w-3xl">
      <PageHeader title="New patient" />
      <PatientForm
        clinics={clinics}
        identifierHint={`The next free number is ${identifier}; change it if the patient already has one.`}
        initial={{
          firstName: "",
          lastName: "",
          dateOfBirth: "",
          email: "",
          phone: "",
          identifier,
          notes: "",
          preferredClinicId: "",
          ...NO_PREFERENCES,
        }}
      />
    </div>
  );
}
