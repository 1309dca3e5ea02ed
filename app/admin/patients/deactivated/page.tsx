import type { Metadata } from "next";
import { patientListRoute } from "@/app/admin/patients/patient-list-route";

export const metadata: Metadata = { title: "Deactivated patients · Admin" };
export const dynamic = "force-dynamic";

export default patientListRoute(false);
