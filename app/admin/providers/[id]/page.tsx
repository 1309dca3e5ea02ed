import { prisma } from "@/lib/db";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/session";
import { timeOffClashes } from "@/lib/queries/time-off-clashes";
import { clinicOptionsWithHours, getProviderForEdit } from "@/lib/queries/admin/providers";
import { providerFormModel } from "@/lib/queries/admin/provider-view";
import { serviceOptions } from "@/lib/queries/admin/services";
import { RecordHeader } from "@/components/admin/record-header";
import { OutsideHoursAlert } from "@/components/admin/providers/outside-hours-alert";
import { ProviderForm } from "@/components/admin/providers/provider-form";
import { TimeOffClashesTable } from "@/components/purchases/time-off-clashes-table";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { setProviderActiveAction } from "../actions";

export const metadata: Metadata = { title: "Edit provider" };
export const dynamic = "force-dynamic";

export default async function EditProviderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireAdmin(`/admin/providers/${id}`);
  const [provider, services, clinics, clashes] = await Promise.all([
    getProviderForEdit(prisma, id),
    serviceOptions(prisma),
    clinicOptionsWithHours(prisma),
    timeOffClashes(prisma, { clinicIds: user.clinicIds, providerId: id, now: new Date() }),
  ]);
  if (!provider) notFound();
  const { initial, outsideHours } = providerFormModel(provider, clinics);
  const appointments = provider._count.appointments;
  return (
    <>
      <RecordHeader record={provider} what="provider" action={setProviderActiveAction}>
        {provider.title}
        {appointments > 0 && <span>· {appointments} appointments on record, so the provider can be deactivated but not deleted.</span>}
      </RecordHeader>
      {outsideHours.length > 0 && (
        <div className="mb-6 max-w-4xl">
          <OutsideHoursAlert items={outsideHours} />
        </div>
      )}
      <ProviderForm key={`${provider.id}-${provider.active}`} provider={initial} services={services} clinics={clinics} />
      {(clashes.length > 0 || provider.timeOff.length > 0) && (
        <Card className="mt-6 max-w-4xl" role="region" aria-labelledby="time-off-clashes-title">
          <CardHeader>
            <CardTitle className="text-base">
              <h2 id="time-off-clashes-title">Booked appointments in time off</h2>
            </CardTitle>
            <CardDescription>
              {clashes.length === 0
                ? `No upcoming appointment of ${provider.name} falls in the saved time off.`
                : `These appointments were booked before the time off was entered. Open the patient to re-plan or reschedule them.`}
            </CardDescription>
          </CardHeader>
          {clashes.length > 0 && (
            <CardContent>
              <TimeOffClashesTable clashes={clashes} showProvider={false} caption={`Appointments of ${provider.name} in their time off`} />
            </CardContent>
          )}
        </Card>
      )}
    </>
  );
}
