import Link from "next/link";
import type { Metadata } from "next";
import { AlertTriangle } from "lucide-react";
import { prisma } from "@/lib/db";
import { requireUser, type CurrentUser } from "@/lib/session";
import { todaysAppointmentsByClinic, todaysCountsByClinic } from "@/lib/queries/appointments";
import { TIME_OFF_CLASHES_LIMIT, timeOffClashes } from "@/lib/queries/time-off-clashes";
import { clinicOpenings } from "@/lib/queries/clinic-opening";
import { clinicDay, type ClinicDay } from "@/lib/calendar/opening";
import { formats, fullName, zoneLabel } from "@/lib/format";
import { PageHeader } from "@/components/shell/page-header";
import { AppointmentStatusBadge } from "@/components/appointments/status-badge";
import { AppointmentActions } from "@/components/appointments/appointment-actions";
import { ServiceLabel } from "@/components/appointments/service-label";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/lists/data-table";
import { PatientSearchForm } from "@/components/patients/patient-search-form";
import { BookAppointmentButton } from "@/components/booking/book-appointment-button";
import { TimeOffClashesTable } from "@/components/purchases/time-off-clashes-table";
import { ClinicClosedNotice } from "@/components/today/clinic-closed-notice";
import { TodayClinicChooser } from "@/components/today/today-clinic-chooser";

export const metadata: Metadata = { title: "Today" };
export const dynamic = "force-dynamic";

// Beyond this many clinics Today shows one clinic's day at a time: a group's whole day (thousands of rows) is neither
// readable nor quick to render.
const CLINICS_AT_ONCE = 3;

export default async function StaffHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/");
  const requested = (await searchParams).clinic;
  const now = new Date();
  // The clashes cover every clinic of the user's, whichever is shown: read them while the day is (after the
  // chooser's counts, for someone with more clinics than Today shows at once).
  const day = async () => {
    const counts = user.clinicIds.length > CLINICS_AT_ONCE ? await todaysCountsByClinic(prisma, user.clinicIds, now) : null;
    const chosen = counts && (counts.find((c) => c.id === requested) ?? counts[0]);
    const shown = counts ? (chosen ? [chosen.id] : []) : user.clinicIds;
    const [days, openings] = await Promise.all([todaysAppointmentsByClinic(prisma, shown, now), clinicOpenings(prisma, shown, now)]);
    return { counts, chosen, days, openings };
  };
  const [{ counts, chosen, days, openings }, clashes] = await Promise.all([day(), timeOffClashes(prisma, { clinicIds: user.clinicIds, now })]);
  // A clinic closed today (a closure, or not an opening weekday) says so and names its next open day.
  const closed = new Map<string, ClinicDay>();
  for (const { clinic } of days) {
    const opening = openings.get(clinic.id);
    const day = opening && clinicDay(now, clinic.timeZone, opening);
    if (day && !day.open) closed.set(clinic.id, day);
  }
  return (
    <>
      <PageHeader
        title="Today"
        description="Appointments at your clinics, in each clinic's local time."
        actions={<BookAppointmentButton />}
      />
      <div className="mb-6 max-w-xl">
        <PatientSearchForm />
      </div>
      {counts && chosen && (
        <div className="mb-6">
          <TodayClinicChooser clinics={counts} selected={chosen.id} />
        </div>
      )}
      {days.length === 0 && (
        <p className="text-sm text-muted-foreground">You are not a member of any clinic yet. Ask an administrator to add you to one.</p>
      )}
      <div className="space-y-6">
        {clashes.length > 0 && (
          <Card className="border-warning/40" role="region" aria-labelledby="needs-attention-title">
            <CardHeader>
              <CardTitle>
                <h2 id="needs-attention-title" className="flex items-center gap-2">
                  <AlertTriangle aria-hidden className="size-4 text-warning" />
                  Needs attention
                </h2>
              </CardTitle>
              <CardDescription>
                {clashes.length >= TIME_OFF_CLASHES_LIMIT ? `At least ${clashes.length}` : clashes.length} booked appointment
                {clashes.length === 1 ? " falls" : "s fall"} in their provider&apos;s time off. Open the patient to re-plan or reschedule.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <TimeOffClashesTable clashes={clashes} caption="Appointments in their provider's time off" />
            </CardContent>
          </Card>
        )}
        {days.map(({ clinic, appointments }) => (
          <Card key={clinic.id}>
            <CardHeader>
              <CardTitle>{clinic.name}</CardTitle>
              <CardDescription>
                {formats(clinic).date(now)} · times in {zoneLabel(now, clinic.timeZone)} · {appointments.length} appointment
                {appointments.length === 1 ? "" : "s"}
              </CardDescription>
            </CardHeader>
            <CardContent className="space-y-4">
              {closed.has(clinic.id) && <ClinicClosedNotice clinic={clinic} day={closed.get(clinic.id)!} />}
              {appointments.length === 0 ? (
                !closed.has(clinic.id) && <p className="text-sm text-muted-foreground">No appointments today.</p>
              ) : (
                <TodayTable clinic={clinic} appointments={appointments} hourCycle={user.hourCycle} />
              )}
            </CardContent>
          </Card>
        ))}
      </div>
    </>
  );
}

type ClinicAppointments = Awaited<ReturnType<typeof todaysAppointmentsByClinic>>[number];

/** One clinic's appointments today, in its own time, each with what can be done with it now. */
function TodayTable({ clinic, appointments, hourCycle }: ClinicAppointments & { hourCycle: CurrentUser["hourCycle"] }) {
  const f = formats({ ...clinic, hourCycle });
  return (
    <DataTable
      rows={appointments}
      rowKey={(a) => a.id}
      columns={[
        { header: "Time", className: "w-28", cellClassName: "tabular-nums", cell: (a) => `${f.time(a.startsAt)}–${f.time(a.endsAt)}` },
        {
          header: "Patient",
          cell: (a) => (
            <Link className="font-medium underline-offset-4 hover:underline" href={`/patients/${a.patient.id}`}>
              {fullName(a.patient)}
            </Link>
          ),
        },
        { header: "Service", cell: (a) => <ServiceLabel service={a.service} fromPackage={a.purchaseId !== null} /> },
        { header: "Provider", cell: (a) => a.provider.name },
        { header: "Status", cell: (a) => <AppointmentStatusBadge status={a.status} /> },
        {
          header: "Actions",
          cellClassName: "py-2",
          cell: (a) => (
            <AppointmentActions
              compact
              actions={a.actions}
              appointment={{
                id: a.id,
                patientName: fullName(a.patient),
                serviceName: a.service.name,
                providerName: a.provider.name,
                providerId: a.provider.id,
                clinicName: clinic.name,
                timeZone: clinic.timeZone,
                startsAt: a.startsAt.toISOString(),
                endsAt: a.endsAt.toISOString(),
                status: a.status,
                packageName: a.packageName,
              }}
            />
          ),
        },
      ]}
    />
  );
}
