import { getCurrentUser, type CurrentUser } from "@/lib/session";
import { getCourseCalendar } from "@/lib/queries/patients/courses";
import { appointmentSequence, buildCalendar, icsFileName } from "@/lib/ics/calendar";
import { formats, fullName } from "@/lib/format";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/services/audit";

export const dynamic = "force-dynamic";

const clinicTime = (at: Date, clinic: { timeZone: string; locale: string }, hourCycle: CurrentUser["hourCycle"]) => {
  const f = formats({ ...clinic, hourCycle });
  return `${f.time(at)} ${f.zone(at)}`;
};

/** The course's booked sessions still to come, as an iCalendar file the patient can import. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; purchaseId: string }> }) {
  // Route handlers are not covered by the pages' guards: the session is checked here.
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download calendar files.", { status: 401, headers: { "Cache-Control": "no-store" } });
  const { id, purchaseId } = await params;
  const now = new Date();
  // Another clinic's course answers like one that does not exist: its existence is not confirmed either.
  const course = await getCourseCalendar(prisma, id, purchaseId, now, user.clinicIds);
  if (!course) return new Response("Not found.", { status: 404, headers: { "Cache-Control": "no-store" } });
  // Exporting part of a patient's record is audited like viewing it.
  await writeAudit(prisma, { actorId: user.id, action: "patient.course_exported", entityType: "PackagePurchase", entityId: purchaseId, details: { patientId: id } });
  const patientName = fullName(course.patient);
  const body = buildCalendar(
    course.appointments.map((a) => ({
      uid: `${a.id}@cadence`,
      start: a.startsAt,
      end: a.endsAt,
      // The clinic's time as the desk reads it ("9:00 AM EST"), for calendars that show only the summary.
      summary: `${a.service.name} ${clinicTime(a.startsAt, a.clinic, user.hourCycle)} — ${a.clinic.name}`,
      location: a.clinic.address ? `${a.clinic.name}, ${a.clinic.address}` : a.clinic.name,
      description: `With ${a.provider.title ? `${a.provider.name} (${a.provider.title})` : a.provider.name}. Package: ${course.packageName}.`,
      cancelled: a.status === "CANCELLED",
      // Every change (a move, a cancellation) touches updatedAt: seconds since 2026 make a growing revision number.
      sequence: appointmentSequence(a.updatedAt),
    })),
    { now, name: `${course.packageName} — ${patientName}` },
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${icsFileName(course.packageName, patientName)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
