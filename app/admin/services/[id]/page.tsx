import { prisma } from "@/lib/db";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/session";
import { env } from "@/lib/env";
import { getServiceForEdit } from "@/lib/queries/admin/services";
import { ServiceForm } from "@/components/admin/services/service-form";
import { RecordHeader } from "@/components/admin/record-header";
import { currencySymbol } from "@/components/admin/currency";
import { setServiceActiveAction } from "../actions";

export const metadata: Metadata = { title: "Edit service" };
export const dynamic = "force-dynamic";

export default async function EditServicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireAdmin(`/admin/services/${id}`);
  const service = await getServiceForEdit(prisma, id);
  if (!service) notFound();
  const uses = service._count.appointments + service._count.packageItems;
  return (
    <>
      <RecordHeader record={service} what="service" action={setServiceActiveAction}>
        {uses > 0
          ? `Used by ${service._count.appointments} appointments and ${service._count.packageItems} package templates, so it can be deactivated but not deleted.`
          : "Not used by any appointment or package yet."}
      </RecordHeader>
      <ServiceForm key={`${service.id}-${service.active}`} service={service} currencySymbol={currencySymbol(env().CADENCE_CURRENCY)} />
    </>
  );
}
