import "server-only";
import type { Db } from "@/lib/database/client";
import { availableActions } from "@/lib/appointments/rules";
import type { AvailableActions } from "@/lib/appointments/types";
import { localDayBounds } from "@/lib/time/zoned";

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
