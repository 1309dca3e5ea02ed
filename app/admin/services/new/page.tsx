import type { Metadata } from "next";
import { requireAdmin } from "@/lib/session";
import { env } from "@/lib/env";
import { PageHeader } from "@/components/shell/page-header";
import { ServiceForm } from "@/components/admin/services/service-form";
import { currencySymbol } from "@/components/admin/currency";

export const metadata: Metadata = { title: "New service" };
export const dynamic = "force-dynamic";

export default async function NewServicePage() {
  await requireAdmin("/admin/services/new");
  return (
    <>
      <PageHeader title="New service" description="A treatment that can be booked and put into packages." />
      <ServiceForm currencySymbol={currencySymbol(env().CADENCE_CURRENCY)} />
    </>
  );
}
