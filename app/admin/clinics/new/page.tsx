import { prisma } from "@/lib/db";
import type { Metadata } from "next";
import { requireAdmin } from "@/lib/session";
import { serviceOptions } from "@/lib/queries/admin/services";
import { PageHeader } from "@/components/shell/page-header";
import { ClinicForm } from "@/components/admin/clinics/clinic-form";

export const metadata: Metadata = { title: "New clinic" };
export const dynamic = "force-dynamic";

export default async function NewClinicPage() {
  await requireAdmin("/admin/clinics/new");
  const services = await serviceOptions(prisma);
  return (
    <>
      <PageHeader title="New clinic" description="A location with its own opening hours, services and cancellation policy." />
      <ClinicForm services={services} />
    </>
  );
}
