import { prisma } from "@/lib/db";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPackageForEdit, packageFormOptions } from "@/lib/queries/admin/packages";
import { requireAdmin } from "@/lib/session";
import { PageHeader } from "@/components/shell/page-header";
import { PackageForm } from "@/components/admin/packages/package-form";
import { RemovePackageButton } from "@/components/admin/packages/remove-package-button";

export const metadata: Metadata = { title: "Edit package" };
export const dynamic = "force-dynamic";

export default async function EditPackagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireAdmin(`/admin/packages/${encodeURIComponent(id)}`);
  const [pkg, options] = await Promise.all([getPackageForEdit(prisma, id), packageFormOptions(prisma)]);
  if (!pkg) notFound();
  const sold = pkg._count.purchases;
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={pkg.name}
        description={
          sold > 0
            ? `Assigned ${sold} time${sold === 1 ? "" : "s"}. Changes apply to future assignments only; existing purchases keep what they were sold.`
            : "Not assigned to anyone yet."
        }
        actions={<RemovePackageButton packageId={pkg.id} name={pkg.name} purchases={sold} active={pkg.active} />}
      />
      <PackageForm
        packageId={pkg.id}
        options={options}
        initial={{
          name: pkg.name,
          description: pkg.description ?? "",
          price: (pkg.priceMinor / 100).toFixed(2),
          currency: pkg.currency,
          validityDays: String(pkg.validityDays),
          active: pkg.active,
          saleEndsOn: pkg.saleEndsOn?.toISOString().slice(0, 10) ?? "",
          items: pkg.items.map((i) => ({ serviceId: i.serviceId, sessions: String(i.sessions) })),
          defaultClinicId: pkg.defaultClinicId ?? "",
          providerIds: pkg.allowedProviders.map((p) => p.providerId),
          minDaysBetween: pkg.minDaysBetween ? String(pkg.minDaysBetween) : "",
          maxPerWeek: pkg.maxPerWeek ? String(pkg.maxPerWeek) : "",
          maxActivePerPatient: String(pkg.maxActivePerPatient),
        }}
      />
    </div>
  );
}
