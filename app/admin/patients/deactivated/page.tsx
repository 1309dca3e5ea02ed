import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { requireAdmin } from "@/lib/session";
import { patientAdminList } from "@/lib/queries/admin/patients";
import { PatientAdminList } from "@/components/admin/patients/patient-admin-list";

export const metadata: Metadata = { title: "Deactivated patients · Admin" };
export const dynamic = "force-dynamic";

export default async function DeactivatedPatientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin("/admin/patients/deactivated");
  return <PatientAdminList view={await patientAdminList(prisma, await searchParams, false)} active={false} />;
}
