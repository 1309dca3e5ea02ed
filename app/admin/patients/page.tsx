import { Suspense } from "react";
import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { requireAdmin } from "@/lib/session";
import { patientAdminList } from "@/lib/queries/admin/patients";
import { searchKey } from "@/lib/lists/list-params";
import { PatientAdminList } from "@/components/admin/patients/patient-admin-list";
import { ListLoading } from "@/components/loading/section-loading";

export const metadata: Metadata = { title: "Patients · Admin" };
export const dynamic = "force-dynamic";

export default async function AdminPatientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin("/admin/patients");
  const raw = await searchParams;
  return (
    <Suspense key={searchKey(raw)} fallback={<ListLoading title="Patients" label="Loading patients…" columns={5} />}>
      <Patients raw={raw} />
    </Suspense>
  );
}

async function Patients({ raw }: { raw: Record<string, string | string[] | undefined> }) {
  return <PatientAdminList view={await patientAdminList(prisma, raw, true)} active />;
}
