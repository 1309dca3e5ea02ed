import type { AppPrismaClient } from "@/lib/database/client";
import { ledgerFromAppointments } from "@/lib/packages/ledger";
import { buildAppointment } from "@/tests/factories";
import type { BookingScenario } from "@/tests/factories/booking-scenario";

export { purchaseFor, rejection } from "@/tests/support/booking";

export const at = (iso: string) => new Date(iso);
export const hours = (d: Date, h: number) => new Date(d.getTime() + h * 3_600_000);

/** A booked package session, with the ledger debited as Confirm would. */
export async function bookedSession(
  db: AppPrismaClient,
  s: BookingScenario,
  purchase: { id: string; items: { id: string; serviceId: string }[] },
  startsAt: Date,
  o: { serviceId?: string; providerId?: string; clinicId?: string; status?: "SCHEDULED" | "CHECKED_IN" } = {},
) {
  const serviceId = o.serviceId ?? s.physio.id;
  const item = purchase.items.find((i) => i.serviceId === serviceId)!;
  const a = await buildAppointment(db, {
    patientId: s.patient.id,
    providerId: o.providerId ?? s.lee.id,
    clinicId: o.clinicId ?? s.london.id,
    serviceId,
    startsAt,
    status: o.status ?? "SCHEDULED",
    purchaseId: purchase.id,
    purchaseItemId: item.id,
    createdById: s.staff.id,
  });
  await db.purchaseItem.update({ where: { id: item.id }, data: { booked: { increment: 1 } } });
  return a;
}

export async function ledgerOf(db: AppPrismaClient, purchaseId: string, serviceId: string) {
  const item = await db.purchaseItem.findFirstOrThrow({ where: { purchaseId, serviceId }, select: { sessionsTotal: true, booked: true, completed: true, forfeited: true } });
  return item;
}

/** The stored ledger of every line of a purchase next to what its appointments say. */
export async function ledgerVersusAppointments(db: AppPrismaClient, purchaseId: string) {
  const items = await db.purchaseItem.findMany({
    where: { purchaseId },
    orderBy: { id: "asc" },
    select: { id: true, sessionsTotal: true, booked: true, completed: true, forfeited: true, appointments: { select: { status: true, forfeitsSession: true } } },
  });
  return items.map((i) => ({
    total: i.sessionsTotal,
    stored: { booked: i.booked, completed: i.completed, forfeited: i.forfeited },
    computed: ledgerFromAppointments(i.appointments),
  }));
}
