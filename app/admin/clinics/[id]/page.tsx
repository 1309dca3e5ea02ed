import { prisma } from "@/lib/db";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/session";
import { getClinicForEdit } from "@/lib/queries/admin/clinics";
import { serviceOptions } from "@/lib/queries/admin/services";
import { minutesToTime } from "@/lib/validations/common";
import { RecordHeader } from "@/components/admin/record-header";
import { ClinicForm } from "@/components/admin/clinics/clinic-form";
import { ClinicRegionForm } from "@/components/admin/clinics/clinic-region-form";
import { clinicRegion } from "@/lib/queries/admin/clinic-region";
import { setClinicActiveAction } from "../actions";

export const metadata: Metadata = { title: "Edit clinic" };
export const dynamic = "force-dynamic";

export default async function EditClinicPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireAdmin(`/admin/clinics/${id}`);
  const [clinic, services, region] = await Promise.all([getClinicForEdit(prisma, id), serviceOptions(prisma), clinicRegion(prisma, id)]);
  if (!clinic || !region) notFound();
  const initial = {
    id: clinic.id,
    name: clinic.name,
    address: clinic.address ?? "",
    phone: clinic.phone ?? "",
    timeZone: clinic.timeZone,
    hours: clinic.hours.map((h) => ({ weekday: h.weekday, start: minutesToTime(h.startMinute), end: minutesToTime(h.endMinute) })),
    closures: clinic.closures.map((c) => ({ date: c.date.toISOString().slice(0, 10), reason: c.reason ?? "" })),
    serviceIds: clinic.services.map((s) => s.serviceId),
    lateCancelWindowHours: String(clinic.lateCancelWindowHours),
    lateCancelForfeits: clinic.lateCancelForfeits,
    noShowForfeits: clinic.noShowForfeits,
    active: clinic.active,
    reminderHours: String(clinic.reminderHours),
    emailSenderName: clinic.emailSenderName ?? "",
    emailReplyTo: clinic.emailReplyTo ?? "",
  };
  const uses = clinic._count.appointments;
  return (
    <>
      <RecordHeader record={clinic} what="clinic" action={setClinicActiveAction}>
        {clinic._count.providers} providers
        {uses > 0 && <span>· {uses} appointments on record, so the clinic can be deactivated but not deleted.</span>}
      </RecordHeader>
      <ClinicForm key={`${clinic.id}-${clinic.active}`} clinic={initial} services={services} locale={region.locale} />
      <ClinicRegionForm key={`${region.locale}-${region.currency}`} clinic={region} />
    </>
  );
}
