import { prisma } from "@/lib/db";
import type { Metadata } from "next";
import { requireAdmin } from "@/lib/session";
import { clinicOptionsWithHours } from "@/lib/queries/admin/providers";
import { serviceOptions } from "@/lib/queries/admin/services";
import { PageHeader } from "@/components/shell/page-header";
import { ProviderForm } from "@/components/admin/providers/provider-form";

export const metadata: Metadata = { title: "New provider" };
export const dynamic = "force-dynamic";

export default async function NewProviderPage() {
  await requireAdmin("/admin/providers/new");
  const [services, clinics] = await Promise.all([serviceOptions(prisma), clinicOptionsWithHours(prisma)]);
  return (
    <>
      <PageHeader title="New provider" description="A practitioner who delivers services at one or more clinics." />
      <ProviderForm services={services} clinics={clinics} />
    </>
  );
}
