import "server-only";
import type { Db } from "@/lib/database/client";
import { availableActions } from "@/lib/appointments/rules";
import type { AvailableActions } from "@/lib/appointments/types";
import { localDayBounds } from "@/lib/time/zoned";

/**
 * How many appointments each clinic has on its own local "today" (every status, as the day's list shows them), for
 * the clinic chooser of a user with more clinics than Today lists at once. One grouped count, whatever the number of
 * clinics.
 */
export async function todaysCountsByClinic(prisma: Db, clinicIds: string[], now: Date) {
  const clinics = await prisma.clinic.findMany({
    where: { id: { in: clinicIds }, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, timeZone: true },
  });
  const counts =
    clinics.length === 0
      ? []
      : await prisma.appointment.groupBy({
          by: ["clinicId"],
          where: {
            OR: clinics.map((c) => {
              const { start, end } = localDayBounds(now, c.timeZone);
              return { clinicId: c.id, startsAt: { gte: start, lt: end } };
            }),
          },
          _count: { _all: true },
        });
  const byClinic = new Map(counts.map((c) => [c.clinicId, c._count._all]));
  return clinics.map((c) => ({ id: c.id, name: c.name, appointments: byClinic.get(c.id) ?? 0 }));
}

/**
 * Each clinic's appointments on its own local "today", for the staff home page, with what the front desk can do
 * about each now (check in, complete, no-show…).
 */
export async function todaysAppointmentsByClinic(prisma: Db, clinicIds: string[], now: Date) {
  const clinics = await prisma.clinic.findMany({
    where: { id: { in: clinicIds }, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, timeZone: true, locale: true, lateCancelWindowHours: true, lateCancelForfeits: true, noShowForfeits: true },
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
            provider: { select: { id: true, name: true } },
            service: { select: { name: true, colour: true } },
            purchase: { select: { packageName: true } },
          },
        });
  return windows.map(({ clinic }) => ({
    clinic: { id: clinic.id, name: clinic.name, timeZone: clinic.timeZone },
    appointments: appointments
      .filter((a) => a.clinicId === clinic.id)
      .map((a) => {
        const facts = { status: a.status, startsAt: a.startsAt, endsAt: a.endsAt, timeZone: clinic.timeZone, hasPurchase: a.purchaseId !== null, policy: clinic };
        const actions: AvailableActions = availableActions(facts, now);
        return { ...a, packageName: a.purchase?.packageName ?? null, actions };
      }),
  }));
}
