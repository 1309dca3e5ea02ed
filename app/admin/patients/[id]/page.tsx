import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { clinicOptions, getPatientForEdit } from "@/lib/queries/admin/patients";
import { requireAdmin } from "@/lib/session";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PatientForm } from "@/components/admin/patients/patient-form";
import { PatientStatusButton } from "@/components/admin/patients/patient-status-button";

export const metadata: Metadata = { title: "Edit patient" };
export const dynamic = "force-dynamic";

function windowsOf(value: unknown): { start: string; end: string }[] {
  if (!Array.isArray(value)) return [];
  return value.filter((w): w is { start: string; end: string } => typeof w?.start === "string" && typeof w?.end === "string");
}

export default async function EditPatientPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireAdmin(`/admin/patients/${encodeURIComponent(id)}`);
  const [patient, clinics] = await Promise.all([getPatientForEdit(id), clinicOptions()]);
  if (!patient) notFound();
  const name = `${patient.firstName} ${patient.lastName}`;
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={name}
        description={`Patient no. ${patient.identifier}`}
        actions={
          <>
            <Button asChild variant="ghost">
              <Link href={`/patients/${patient.id}`}>Open record</Link>
            </Button>
            <PatientStatusButton patientId={patient.id} name={name} active={patient.active} />
          </>
        }
      />
      {!patient.active && (
        <Alert variant="warning" className="mb-6">
          <AlertDescription>This patient is deactivated: they are hidden from searches and cannot be booked.</AlertDescription>
        </Alert>
      )}
      <PatientForm
        patientId={patient.id}
        clinics={clinics}
        initial={{
          firstName: patient.firstName,
          lastName: patient.lastName,
          dateOfBirth: patient.dateOfBirth.toISOString().slice(0, 10),
          email: patient.email ?? "",
          phone: patient.phone ?? "",
          identifier: patient.identifier,
          notes: patient.notes ?? "",
          preferredClinicId: patient.preferredClinicId ?? "",
          preferredWeekdays: patient.preferredWeekdays,
          preferredWindows: windowsOf(patient.preferredWindows),
        }}
      />
    </div>
  );
}
