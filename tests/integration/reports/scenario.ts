// A known clinic group history for report tests: two clinics, sales before and inside Q1 2030, completions, a late
// cancel, a no-show, expiries, an admin cancellation and a forfeit on the last evening of the quarter (after 23:00
// UTC, i.e. already April in London's summer time). Changes go through the real lifecycle services.
import type { AppPrismaClient } from "@/lib/database/client";
import type { CurrentUser } from "@/lib/session-types";
import { cancelAppointment, complete, markNoShow } from "@/lib/services/appointments/lifecycle";
import { cancelPurchase } from "@/lib/services/purchases/manage";
import { at, buildAppointment, buildClinic, buildPackage, buildPatient, buildProvider, buildPurchase, buildService, buildUser } from "@/tests/factories";

const hoursAfter = (d: Date, h: number) => new Date(d.getTime() + h * 3_600_000);

export async function buildReportScenario(db: AppPrismaClient) {
  const london = await buildClinic(db, { name: "London", timeZone: "Europe/London" });
  const manchester = await buildClinic(db, { name: "Manchester", timeZone: "Europe/London", noShowForfeits: false });
  const laser = await buildService(db, { name: "Laser Therapy", priceMinor: 3_000, durationMin: 30 });
  const consult = await buildService(db, { name: "Consultation", priceMinor: 7_000, durationMin: 30 });
  const lee = await buildProvider(db, { name: "Dr Lee", clinicIds: [london.id], serviceIds: [laser.id, consult.id] });
  const north = await buildProvider(db, { name: "Jo North", clinicIds: [manchester.id], serviceIds: [laser.id] });
  const admin = await buildUser(db, { role: "ADMIN", name: "Ada Admin" });
  const adminActor: CurrentUser = { id: admin.id, name: admin.name, email: admin.email, role: "ADMIN", clinicIds: [london.id, manchester.id] };
  const mix = await buildPackage(db, { name: "Mix", priceMinor: 10_001, defaultClinicId: london.id, items: [{ serviceId: laser.id, sessions: 3 }, { serviceId: consult.id, sessions: 1 }] });
  const duoL = await buildPackage(db, { name: "Duo London", priceMinor: 5_001, defaultClinicId: london.id, items: [{ serviceId: laser.id, sessions: 2 }] });
  const duoM = await buildPackage(db, { name: "Duo Manchester", priceMinor: 5_001, defaultClinicId: manchester.id, items: [{ serviceId: laser.id, sessions: 2 }] });
  const patient = await buildPatient(db, { firstName: "Dane", lastName: "Abbott", phone: "+44 7700 900123" });

  const buy = (packageId: string, purchasedAt: string, expiresAt: string, extra: { pricePaidMinor?: number } = {}) =>
    buildPurchase(db, { packageId, patientId: patient.id, assignedById: admin.id, purchasedAt: at(purchasedAt), expiresAt: at(expiresAt), ...extra });
  type Bought = Awaited<ReturnType<typeof buy>>;
  const session = async (p: Bought, serviceId: string, startsAt: string, clinicId = london.id, providerId = lee.id) => {
    const item = p.items.find((i) => i.serviceId === serviceId)!;
    // Booked a week ahead (usage counts bookings by when they were made).
    const a = await buildAppointment(db, {
      patientId: patient.id, providerId, clinicId, serviceId, startsAt: at(startsAt), purchaseId: p.id, purchaseItemId: item.id, createdById: admin.id,
      createdAt: new Date(at(startsAt).getTime() - 7 * 86_400_000),
    });
    await db.purchaseItem.update({ where: { id: item.id }, data: { booked: { increment: 1 } } });
    return a;
  };
  const done = async (a: { id: string; startsAt: Date }) => complete(db, adminActor, a.id, hoursAfter(a.startsAt, 1));

  // London
  const p1 = await buy(mix.id, "2029-12-10T10:00:00Z", "2030-06-30T00:00:00Z");
  await done(await session(p1, laser.id, "2029-12-20T10:00:00Z"));
  await done(await session(p1, laser.id, "2030-01-15T10:00:00Z"));
  const p1NoShow = await session(p1, consult.id, "2030-02-10T10:00:00Z");
  await markNoShow(db, adminActor, p1NoShow.id, hoursAfter(p1NoShow.startsAt, 1));

  const p2 = await buy(duoL.id, "2030-02-01T10:00:00Z", "2030-03-15T00:00:00Z");
  await done(await session(p2, laser.id, "2030-02-20T10:00:00Z"));

  const p3 = await buy(duoL.id, "2030-01-05T10:00:00Z", "2030-09-30T00:00:00Z");
  await session(p3, laser.id, "2030-03-25T10:00:00Z");
  await cancelPurchase(db, adminActor, { purchaseId: p3.id, reason: "Moved abroad" }, at("2030-03-20T12:00:00Z"));

  const p4 = await buy(duoL.id, "2029-11-01T10:00:00Z", "2030-12-31T00:00:00Z");
  const early = await session(p4, laser.id, "2030-01-12T10:00:00Z");
  await cancelAppointment(db, adminActor, { appointmentId: early.id, reason: "Ill" }, at("2030-01-10T09:00:00Z"));
  await done(await session(p4, laser.id, "2030-01-20T10:00:00Z"));
  const late = await session(p4, laser.id, "2030-04-01T10:00:00Z");
  await cancelAppointment(db, adminActor, { appointmentId: late.id, reason: "Overslept" }, at("2030-03-31T23:30:00Z"));

  // Manchester (no-shows are returned there)
  const p5 = await buy(duoM.id, "2030-03-01T10:00:00Z", "2030-08-01T00:00:00Z", { pricePaidMinor: 4_000 });
  const p6 = await buy(duoM.id, "2029-10-01T10:00:00Z", "2030-01-31T00:00:00Z");
  await session(p6, laser.id, "2030-01-30T10:00:00Z", manchester.id, north.id);
  const p7 = await buy(duoM.id, "2030-01-02T10:00:00Z", "2030-03-01T00:00:00Z");
  const missed = await session(p7, laser.id, "2030-02-15T10:00:00Z", manchester.id, north.id);
  await markNoShow(db, adminActor, missed.id, hoursAfter(missed.startsAt, 1));

  return { london, manchester, laser, consult, lee, north, admin, adminActor, patient, mix, duoL, duoM, purchases: { p1, p2, p3, p4, p5, p6, p7 } };
}

export type ReportScenario = Awaited<ReturnType<typeof buildReportScenario>>;
