import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { patientAdminList } from "@/lib/queries/admin/patients";
import { PatientAdminList } from "@/components/admin/patients/patient-admin-list";
import { adminListRoute } from "@/app/admin/admin-list-route";

export const metadata: Metadata = { title: "Deactivated patients · Admin" };
export const dynamic = "force-dynamic";

export default adminListRoute({
  path: "/admin/patients/deactivated",
  title: "Deactivated patients",
  columns: 5,
  list: async (raw) => <PatientAdminList view={await patientAdminList(prisma, raw, false)} active={false} />,
});
