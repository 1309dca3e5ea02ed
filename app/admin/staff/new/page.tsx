import { prisma } from "@/lib/db";
import type { Metadata } from "next";
import { clinicOptions } from "@/lib/queries/admin/clinics";
import { requireAdmin } from "@/lib/session";
import { PageHeader } from "@/components/shell/page-header";
import { StaffForm } from "@/components/admin/staff/staff-form";

export const metadata: Metadata = { title: "New staff account" };
export const dynamic = "force-dynamic";

export default async function NewStaffPage() {
  await requireAdmin("/admin/staff/new");
  const clinics = await clinicOptions(prisma);
  return (
    <div className="max-w-3xl">
      <PageHeader title="New staff account" />
      <StaffForm clinics={clinics} initial={{ name: "", email: "", role: "STAFF", clinicIds: [] }} />
    </div>
  );
}
