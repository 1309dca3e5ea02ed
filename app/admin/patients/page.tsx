import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { requireAdmin } from "@/lib/session";
import { patientAdminList } from "@/lib/queries/admin/patients";
import { PatientAdminList } from "@/components/admin/patients/patient-admin-list";

export const metadata: Metadata = { title: "Patients · Admin" };
export const dynamic = "force-dynamic";

export default async function AdminPatientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin("/admin/patients");
  return <PatientAdminList view={await patientAdminList(prisma, await searchParams, true)} active />;
}
