import { prisma } from "@/lib/db";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { clinicOptions } from "@/lib/queries/admin/clinics";
import { getPatientForEdit } from "@/lib/queries/admin/patients";
import { requireUser } from "@/lib/session";
import { PageHeader } from "@/components/shell/page-header";
import { PatientForm } from "@/components/admin/patients/patient-form";
import { patientFormValues } from "@/components/admin/patients/form-values";

export const metadata: Metadata = { title: "Edit patient details" };
export const dynamic = "force-dynamic";

export default async function StaffEditPatientPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser(`/patients/${encodeURIComponent(id)}/edit`);
  const [patient, clinics] = await Promise.all([getPatientForEdit(prisma, id), clinicOptions(prisma)]);
  if (!patient) notFound();
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={`${patient.firstName} ${patient.lastName}`}
        description={`Patient no. ${patient.identifier}. Name, date of birth and number are changed by an administrator.`}
      />
      <PatientForm
        audience="staff"
        patientId={patient.id}
        clinics={clinics}
        initial={patientFormValues(patient)}
      />
    </div>
  );
}
