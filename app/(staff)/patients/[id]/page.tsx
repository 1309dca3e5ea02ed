import { Suspense } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db";
import { requireUser } from "@/lib/session";
import { getPatientHeading } from "@/lib/queries/patients/detail";
import { recordPatientView } from "@/lib/services/patients/record-patient-view";
import { formatCalendarDate, fullName } from "@/lib/format";
import { PageHeader } from "@/components/shell/page-header";
import { BookAppointmentButton } from "@/components/booking/book-appointment-button";
import { Button } from "@/components/ui/button";
import { PatientLoading } from "@/components/loading/section-loading";
import { PatientRecords } from "./patient-records";

export const metadata: Metadata = { title: "Patient" };
export const dynamic = "force-dynamic";

export default async function PatientPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ replan?: string | string[] }>;
}) {
  const [{ id }, { replan }] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/patients/${encodeURIComponent(id)}`);
  // An unknown id answers 404 before anything is sent; the records then stream in behind a skeleton (a route-level
  // loading.tsx would start the response first and turn the 404 into a 200).
  const patient = await getPatientHeading(prisma, id);
  if (!patient) notFound();
  await recordPatientView(prisma, { actorId: user.id, patientId: id });
  const name = fullName(patient);
  return (
    <>
      <PageHeader
        title={name}
        description={`Patient no. ${patient.identifier}`}
        actions={
          <>
          <Button asChild variant="outline">
            <Link href={`/patients/${patient.id}/edit`}>Edit details</Link>
          </Button>
          <BookAppointmentButton
            patient={{ id: patient.id, name, identifier: patient.identifier, dateOfBirth: formatCalendarDate(patient.dateOfBirth), notes: patient.notes }}
          />
          </>
        }
      />
      <Suspense fallback={<PatientLoading />}>
        <PatientRecords id={id} name={name} user={user} replan={typeof replan === "string" ? replan : null} />
      </Suspense>
    </>
  );
}
