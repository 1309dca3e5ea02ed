import type { AppPrismaClient } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fullName } from "@/lib/format";
import type { CalendarInput } from "@/lib/calendar/model";
import { APPOINTMENT_LISTING, toListing } from "@/lib/queries/appointment-listing";

/** An appointment has a handful of messages (confirmation, reminder, moves, cancellation); more are old history. */
const MESSAGES_PER_APPOINTMENT = 10;
const NEWEST_FIRST: Prisma.MessageOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];
const MESSAGE_STATUS = { id: true, kind: true, status: true, sendAt: true, sentAt: true, lastError: true, suppressedReason: true, transport: true } as const;

export type CalendarClinic = { id: string; name: string; timeZone: string; locale: string };

/** The active clinics a user may see in the calendar, by name (the first is the default). */
export async function calendarClinics(prisma: AppPrismaClient, clinicIds: string[]): Promise<CalendarClinic[]> {
  if (clinicIds.length === 0) return [];
  return prisma.clinic.findMany({
    where: { id: { in: clinicIds }, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, timeZone: true, locale: true },
  });
}

/**
 * Everything one calendar page draws, in three queries whatever the number of appointments: the clinic (opening
 * hours, closures on the shown days, cancellation policy), its providers with their availability there, and the
 * appointments starting in [start, end) (served by the (clinic_id, starts_at) index) with their messages' status.
 * The caller has checked that the user belongs to the clinic.
 */
export async function loadCalendarData(prisma: AppPrismaClient, input: {
  clinicId: string;
  /** First and last local date shown, `YYYY-MM-DD`. */
  firstDay: string;
  lastDay: string;
  start: Date;
  end: Date;
  providerId: string | null;
}): Promise<Pick<CalendarInput, "clinic" | "providers" | "appointments">> {
  const { clinicId } = input;
  const [clinic, providers, appointments] = await Promise.all([
    prisma.clinic.findUniqueOrThrow({
      where: { id: clinicId },
      select: {
        id: true,
        timeZone: true,
        locale: true,
        lateCancelWindowHours: true,
        lateCancelForfeits: true,
        noShowForfeits: true,
        hours: { select: { weekday: true, startMinute: true, endMinute: true } },
        closures: {
          // Closure dates are stored as calendar dates (midnight UTC).
          where: { date: { gte: new Date(`${input.firstDay}T00:00:00Z`), lte: new Date(`${input.lastDay}T00:00:00Z`) } },
          select: { date: true, reason: true },
        },
      },
    }),
    prisma.provider.findMany({
      where: { active: true, clinics: { some: { clinicId } } },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        title: true,
        availability: { where: { clinicId }, select: { weekday: true, startMinute: true, endMinute: true } },
      },
    }),
    prisma.appointment.findMany({
      where: {
        clinicId,
        startsAt: { gte: input.start, lt: input.end },
        ...(input.providerId ? { providerId: input.providerId } : {}),
      },
      orderBy: { startsAt: "asc" },
      select: {
        ...APPOINTMENT_LISTING,
        patient: { select: { id: true, firstName: true, lastName: true, phone: true } },
        // Joined in the same statement (relationJoins): the status words in the appointment dialog. Newest first,
        // bounded; never the bodies or the recipient.
        messages: { orderBy: NEWEST_FIRST, take: MESSAGES_PER_APPOINTMENT, select: MESSAGE_STATUS },
        // A course's confirmation belongs to its booking (one e-mail for all its sessions), not to one appointment.
        batch: { select: { messages: { where: { kind: "COURSE_CONFIRMATION" }, orderBy: NEWEST_FIRST, take: 1, select: MESSAGE_STATUS } } },
      },
      relationLoadStrategy: "join",
    }),
  ]);
  return {
    clinic: {
      id: clinic.id,
      timeZone: clinic.timeZone,
      locale: clinic.locale,
      hours: clinic.hours,
      closures: clinic.closures.map((c) => ({ date: c.date.toISOString().slice(0, 10), reason: c.reason })),
      policy: {
        lateCancelWindowHours: clinic.lateCancelWindowHours,
        lateCancelForfeits: clinic.lateCancelForfeits,
        noShowForfeits: clinic.noShowForfeits,
      },
    },
    providers,
    appointments: appointments.map((a) => ({
      ...toListing(a),
      patient: { id: a.patient.id, name: fullName(a.patient), phone: a.patient.phone },
      // The booking's confirmation first (it went out first), then the appointment's own, newest first.
      messages: [...(a.batch?.messages ?? []), ...a.messages],
    })),
  };
}
