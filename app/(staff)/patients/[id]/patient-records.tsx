import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/session";
import { getPatientDetail } from "@/lib/queries/patients/detail";
import { patientMessages } from "@/lib/queries/messages";
import { formatCalendarDate } from "@/lib/format";
import { PurchaseLedgerCard } from "@/components/packages/purchase-ledger-card";
import { OtherClinicCourseCard } from "@/components/packages/other-clinic-course-card";
import { effectiveStatus } from "@/components/packages/course-state";
import { PatientAppointmentTable } from "@/components/patients/patient-appointment-table";
import { ReplanProvider } from "@/components/purchases/replan-context";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { MessageTable } from "@/components/messages/message-table";

// A patient's records below the page's title: streamed in behind the page's skeleton once the page has found the
// patient (app/(staff)/patients/[id]/page.tsx).

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const STATUS_ORDER = { ACTIVE: 0, EXPIRED: 1, COMPLETED: 2, CANCELLED: 3 } as const;

/** A titled part of the record, named by its heading; below the first row of the page unless `className` places it. */
function RecordSection({ id, title, className = "mt-8", children }: { id: string; title: string; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={`space-y-3 ${className}`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** `replan`: the ?replan= purchase, opened in the replan panel when it is one of this patient's. */
export async function PatientRecords({ id, name, user, replan }: { id: string; name: string; user: CurrentUser; replan: string | null }) {
  const now = new Date();
  // Read-only but for the access log: expiry is settled by the server's scheduler (instrumentation.ts), and an
  // active purchase past its expiry already reads as expired (effectiveStatus).
  const detail = await getPatientDetail(prisma, id, now, user.clinicIds);
  // Deleted between the heading and here: as if it had never been found.
  if (!detail) notFound();
  const { patient, upcoming, past, otherClinicCourses, appointmentsElsewhere } = detail;
  const messages = await patientMessages(prisma, id, user.clinicIds);
  // Active first (an active one past its expiry counts as expired), then newest first: the query's order within.
  const purchases = detail.purchases
    .map((p, index) => ({ p, index, rank: STATUS_ORDER[effectiveStatus(p, now)] }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ p }) => p);
  const replanId = replan !== null && purchases.some((p) => p.id === replan) ? replan : null;
  // Money and dates in the desk's way of writing: the patient's clinic when it is the user's, else their visits'.
  const deskLocale = (patient.preferredClinic && user.clinicIds.includes(patient.preferredClinic.id) ? patient.preferredClinic : [...upcoming, ...past][0]?.clinic)?.locale;
  const windows = Array.isArray(patient.preferredWindows) ? (patient.preferredWindows as { start: string; end: string }[]) : [];

  return (
    <ReplanProvider initialPurchaseId={replanId}>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="self-start lg:col-span-1">
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
              <dd className="break-all">
                {patient.email ?? "—"}
                {patient.emailOptOut && <span className="block text-xs text-muted-foreground">Opted out of e-mail</span>}
              </dd>
              <dt className="text-muted-foreground">Preferred clinic</dt>
              <dd>{patient.preferredClinic?.name ?? "—"}</dd>
              <dt className="text-muted-foreground">Days</dt>
              <dd>
                {patient.preferredWeekdays.length > 0
                  ? `${patient.weekdaysOnly ? "Only" : "Prefers"} ${patient.preferredWeekdays.map((d) => WEEKDAYS[d - 1]).join(", ")}`
                  : "Any day"}
              </dd>
              <dt className="text-muted-foreground">Times</dt>
              <dd>{windows.length > 0 ? `${patient.windowsOnly ? "Only" : "Prefers"} ${windows.map((w) => `${w.start}–${w.end}`).join(", ")}` : "Any time"}</dd>
              {patient.unavailableDates.length > 0 && (
                <>
                  <dt className="text-muted-foreground">Cannot come</dt>
                  <dd className="tabular-nums">{patient.unavailableDates.map((d) => formatCalendarDate(d)).join(", ")}</dd>
                </>
              )}
              {patient.notes && (
                <>
                  <dt className="text-muted-foreground">Notes</dt>
                  <dd className="whitespace-pre-line">{patient.notes}</dd>
                </>
              )}
            </dl>
          </CardContent>
        </Card>
        <RecordSection id="packages" title="Packages" className="lg:col-span-2">
          {purchases.length === 0 && otherClinicCourses.length === 0 ? (
            <p className="text-sm text-muted-foreground">No packages assigned yet.</p>
          ) : (
            <div className="grid gap-4">
              {purchases.map((p) => (
                <PurchaseLedgerCard
                  key={p.id}
                  purchase={p}
                  patientId={patient.id}
                  now={now}
                  isAdmin={user.role === "ADMIN"}
                  format={{ locale: deskLocale, hourCycle: user.hourCycle }}
                />
              ))}
              {otherClinicCourses.length > 0 && (
                <h3 className="pt-2 text-sm font-semibold text-muted-foreground">At other clinics (read only)</h3>
              )}
              {otherClinicCourses.map((c) => (
                <OtherClinicCourseCard key={c.id} course={c} now={now} />
              ))}
            </div>
          )}
        </RecordSection>
      </div>
      <RecordSection id="upcoming" title="Upcoming appointments">
        <PatientAppointmentTable hourCycle={user.hourCycle} rows={upcoming} patientName={name} caption="Upcoming appointments" empty="No upcoming appointments." />
      </RecordSection>
      <RecordSection id="past" title="Past appointments">
        <PatientAppointmentTable hourCycle={user.hourCycle} rows={past} patientName={name} caption="Past appointments" empty="No past appointments." />
      </RecordSection>
      {appointmentsElsewhere > 0 && (
        <p className="mt-4 text-sm text-muted-foreground">
          {appointmentsElsewhere === 1 ? "1 appointment" : `${appointmentsElsewhere} appointments`} at other clinics{" "}
          {appointmentsElsewhere === 1 ? "is" : "are"} not listed here; those clinics manage them.
        </p>
      )}
      <RecordSection id="messages" title="Messages">
        <MessageTable rows={messages} caption="Messages to this patient" showPatient={false} admin={user.role === "ADMIN"} empty="No messages yet." />
      </RecordSection>
    </ReplanProvider>
  );
}
