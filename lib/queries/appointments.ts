import "server-only";
import { prisma } from "@/lib/db";
import { localDayBounds } from "@/lib/time/zoned";

/** Each clinic's appointments on its own local "today", for the staff home page. */
export async function todaysAppointmentsByClinic(clinicIds: string[], now: Date) {
  const clinics = await prisma.clinic.findMany({
    where: { id: { in: clinicIds }, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, timeZone: true },
  });
  const windows = clinics.map((c) => ({ clinic: c, ...localDayBounds(now, c.timeZone) }));
  const appointments =
    windows.length === 0
      ? []
      : await prisma.appointment.findMany({
          where: { OR: windows.map((w) => ({ clinicId: w.clinic.id, startsAt: { gte: w.start, lt: w.end } })) },
          orderBy: { startsAt: "asc" },
          select: {
            id: true,
            clinicId: true,
            startsAt: true,
            endsAt: true,
            status: true,
            purchaseId: true,
            patient: { select: { id: true, firstName: true, lastName: true } },
            provider: { select: { name: true } },
            service: { select: { name: true, colour: true } },
          },
        });
  return windows.map((w) => ({ clinic: w.clinic, appointments: appointments.filter((a) => a.clinicId === w.clinic.id) }));
}
