import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { requireAdmin } from "@/lib/session";
import { patientAdminList } from "@/lib/queries/admin/patients";
import { PatientAdminList } from "@/components/admin/patients/patient-admin-list";
import { StreamedList } from "@/components/loading/section-loading";

export const metadata: Metadata = { title: "Deactivated patients · Admin" };
export const dynamic = "force-dynamic";

export default async function DeactivatedPatientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin("/admin/patients/deactivated");
  const raw = await searchParams;
  return (
    <StreamedList search={raw} title="Deactivated patients" label="Loading deactivated patients…" columns={5}>
      <Patients raw={raw} />
    </StreamedList>
  );
}

async function Patients({ raw }: { raw: Record<string, string | string[] | undefined> }) {
  return <PatientAdminList view={await patientAdminList(prisma, raw, false)} active={false} />;
}
