import type { Metadata } from "next";
import { newPatientRoute } from "@/app/admin/patients/new-patient-route";

export const metadata: Metadata = { title: "New patient" };
export const dynamic = "force-dynamic";

export default newPatientRoute("admin");
