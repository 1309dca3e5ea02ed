import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db";
import { requireUser } from "@/lib/session";
import { getCourseCalendar } from "@/lib/queries/patients/courses";
import { writeAudit } from "@/lib/services/audit";
import { formatDate, formatTime, fullName } from "@/lib/format";
import { PrintButton } from "@/components/patients/print-button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export const metadata: Metadata = { title: "Course schedule" };
export const dynamic = "force-dynamic";

const weekday = (instant: Date, timeZone: string) => new Intl.DateTimeFormat("en-GB", { weekday: "short", timeZone }).format(instant);

/** The patient's course schedule to hand over: one page, times in each clinic's zone, where each clinic is. */
export default async function CourseSchedulePrintPage({ params }: { params: Promise<{ id: string; purchaseId: string }> }) {
  const { id, purchaseId } = await params;
  const user = await requireUser(`/patients/${encodeURIComponent(id)}/courses/${encodeURIComponent(purchaseId)}/print`);
  const course = await getCourseCalendar(prisma, id, purchaseId, new Date(), user.clinicIds);
  if (!course) notFound();
  // Printing part of a patient's record is audited like exporting it.
  await writeAudit(prisma, { actorId: user.id, action: "patient.course_printed", entityType: "PackagePurchase", entityId: purchaseId, details: { patientId: id } });
  const sessions = course.appointments.filter((a) => a.status !== "CANCELLED");
  const clinics = [...new Map(sessions.map((a) => [a.clinic.id, a.clinic])).values()];
  return (
    <article className="mx-auto max-w-3xl text-sm print:text-[11pt]">
      <div className="mb-4 flex items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{course.packageName}</h1>
          <p className="mt-1 text-muted-foreground print:text-black">Appointments for {fullName(course.patient)}</p>
        </div>
        <PrintButton />
      </div>
      {sessions.length === 0 ? (
        <p>No sessions to come.</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Date</TableHead>
              <TableHead>Time</TableHead>
              <TableHead>Treatment</TableHead>
              <TableHead>With</TableHead>
              <TableHead>Clinic</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {sessions.map((a) => (
              <TableRow key={a.id} className="break-inside-avoid">
                <TableCell className="tabular-nums">
                  {weekday(a.startsAt, a.clinic.timeZone)} {formatDate(a.startsAt, a.clinic.timeZone)}
                </TableCell>
                <TableCell className="tabular-nums">
                  {formatTime(a.startsAt, a.clinic.timeZone)}–{formatTime(a.endsAt, a.clinic.timeZone)}
                </TableCell>
                <TableCell>{a.service.name}</TableCell>
                <TableCell>{a.provider.name}</TableCell>
                <TableCell>{a.clinic.name}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <section aria-labelledby="where-heading" className="mt-6 break-inside-avoid">
        <h2 id="where-heading" className="mb-2 text-base font-semibold">
          Where
        </h2>
        <ul className="grid gap-2">
          {clinics.map((c) => (
            <li key={c.id}>
              <span className="font-medium">{c.name}</span>
              {c.address && <span>, {c.address}</span>}
              {c.phone && <span className="tabular-nums"> · {c.phone}</span>}
            </li>
          ))}
        </ul>
        <p className="mt-3 text-muted-foreground print:text-black">Times are local to each clinic.</p>
      </section>
    </article>
  );
}
