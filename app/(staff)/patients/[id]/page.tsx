import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { requireUser } from "@/lib/session";
import { getPatientDetail } from "@/lib/queries/patients";
import { recordPatientView } from "@/lib/services/patients/record-patient-view";
import { formatCalendarDate, fullName } from "@/lib/format";
import { PageHeader } from "@/components/shell/page-header";
import { PurchaseLedgerCard } from "@/components/packages/purchase-ledger-card";
import { AppointmentTable } from "@/components/appointments/appointment-table";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { BookAppointmentButton } from "@/components/booking/book-appointment-button";

export const metadata: Metadata = { title: "Patient" };
export const dynamic = "force-dynamic";

const DEFAULT_ZONE = "Europe/London";
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

export default async function PatientPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/patients/${encodeURIComponent(id)}`);
  const now = new Date();
  const detail = await getPatientDetail(id, now);
  if (!detail) notFound();
  await recordPatientView(prisma, { actorId: user.id, patientId: id });
  const { patient, purchases, upcoming, past } = detail;
  const zone = upcoming[0]?.clinic.timeZone ?? past[0]?.clinic.timeZone ?? DEFAULT_ZONE;
  const windows = Array.isArray(patient.preferredWindows) ? (patient.preferredWindows as { start: string; end: string }[]) : [];

  return (
    <>
      <PageHeader
        title={fullName(patient)}
        description={`Patient no. ${patient.identifier}`}
        actions={
          <BookAppointmentButton
            patient={{ id: patient.id, name: fullName(patient), identifier: patient.identifier, dateOfBirth: formatCalendarDate(patient.dateOfBirth) }}
          />
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-1">
          <CardHeader>
            <CardTitle className="text-base">Details</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-muted-foreground">Date of birth</dt>
              <dd>{formatCalendarDate(patient.dateOfBirth)}</dd>
              <dt className="text-muted-foreground">Phone</dt>
              <dd>{patient.phone ?? "—"}</dd>
              <dt className="text-muted-foreground">Email</dt>
              <dd className="break-all">{patient.email ?? "—"}</dd>
              <dt className="text-muted-foreground">Preferred clinic</dt>
              <dd>{patient.preferredClinic?.name ?? "—"}</dd>
              <dt className="text-muted-foreground">Prefers</dt>
              <dd>
                {patient.preferredWeekdays.length > 0 ? patient.preferredWeekdays.map((d) => WEEKDAYS[d - 1]).join(", ") : "Any day"}
                {windows.length > 0 && ` · ${windows.map((w) => `${w.start}–${w.end}`).join(", ")}`}
              </dd>
              {patient.notes && (
                <>
                  <dt className="text-muted-foreground">Notes</dt>
                  <dd className="whitespace-pre-line">{patient.notes}</dd>
                </>
              )}
            </dl>
          </CardContent>
        </Card>
        <section aria-labelledby="packages-heading" className="space-y-3 lg:col-span-2">
          <h2 id="packages-heading" className="text-lg font-semibold">
            Packages
          </h2>
          {purchases.length === 0 ? (
            <p className="text-sm text-muted-foreground">No packages assigned yet.</p>
          ) : (
            <div className="grid gap-3 md:grid-cols-2">
              {purchases.map((p) => (
                <PurchaseLedgerCard key={p.id} purchase={p} now={now} timeZone={zone} currency={env().CADENCE_CURRENCY} />
              ))}
            </div>
          )}
        </section>
      </div>
      <section aria-labelledby="upcoming-heading" className="mt-8 space-y-3">
        <h2 id="upcoming-heading" className="text-lg font-semibold">
          Upcoming appointments
        </h2>
        <AppointmentTable rows={upcoming} caption="Upcoming appointments" empty="No upcoming appointments." />
      </section>
      <section aria-labelledby="past-heading" className="mt-8 space-y-3">
        <h2 id="past-heading" className="text-lg font-semibold">
          Past appointments
        </h2>
        <AppointmentTable rows={past} caption="Past appointments" empty="No past appointments." />
      </section>
    </>
  );
}
