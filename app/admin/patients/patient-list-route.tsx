import { prisma } from "@/lib/db";
import { patientAdminList } from "@/lib/queries/admin/patients";
import { PatientAdminList } from "@/components/admin/patients/patient-admin-list";
import { adminListRoute } from "@/app/admin/admin-list-route";

/** The admin patient list: active patients, or (`active` false) the deactivated ones, each its own search. */
export function patientListRoute(active: boolean) {
  return adminListRoute({
    path: active ? "/admin/patients" : "/admin/patients/deactivated",
    title: active ? "Patients" : "Deactivated patients",
    columns: 5,
    list: async (raw) => <PatientAdminList view={await patientAdminList(prisma, raw, active)} active={active} />,
  });
}
