import { prisma } from "@/lib/db";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/session";
import { env } from "@/lib/env";
import { getServiceForEdit } from "@/lib/queries/admin/services";
import { PageHeader } from "@/components/shell/page-header";
import { ServiceForm } from "@/components/admin/services/service-form";
import { ActiveToggle } from "@/components/admin/active-toggle";
import { ActiveBadge } from "@/components/admin/status-badge";
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
      <PageHeader
        title={service.name}
        description={
          <span className="inline-flex items-center gap-2">
            <ActiveBadge active={service.active} />
            {uses > 0
              ? `Used by ${service._count.appointments} appointments and ${service._count.packageItems} package templates, so it can be deactivated but not deleted.`
              : "Not used by any appointment or package yet."}
          </span>
        }
        actions={<ActiveToggle id={service.id} active={service.active} what="service" action={setServiceActiveAction} />}
      />
      <ServiceForm key={`${service.id}-${service.active}`} service={service} currencySymbol={currencySymbol(env().CADENCE_CURRENCY)} />
    </>
  );
}
