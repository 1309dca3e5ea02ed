import { prisma } from "@/lib/db";
import type { Metadata } from "next";
import { env } from "@/lib/env";
import { packageFormOptions } from "@/lib/queries/admin/packages";
import { requireAdmin } from "@/lib/session";
import { PageHeader } from "@/components/shell/page-header";
import { PackageForm } from "@/components/admin/packages/package-form";

export const metadata: Metadata = { title: "New package" };
export const dynamic = "force-dynamic";

export default async function NewPackagePage() {
  await requireAdmin("/admin/packages/new");
  const options = await packageFormOptions(prisma);
  // The deployment's currency when a clinic sells in it, else the first clinic currency.
  const fallback = env().CADENCE_CURRENCY;
  const currency = options.currencies.includes(fallback) ? fallback : (options.currencies[0] ?? fallback);
  return (
    <div className="max-w-3xl">
      <PageHeader title="New package" description="A course of sessions staff can assign to patients in one step." />
      <PackageForm
        options={options}
        initial={{
          name: "",
          description: "",
          price: "",
          currency,
          validityDays: "90",
          active: true,
          saleEndsOn: "",
          items: [{ serviceId: "", sessions: "6" }],
          defaultClinicId: "",
          providerIds: [],
          minDaysBetween: "",
          maxPerWeek: "",
          maxActivePerPatient: "1",
        }}
      />
    </div>
  );
}
