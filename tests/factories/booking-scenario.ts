import type { CurrentUser } from "@/lib/session-types";
import { buildClinic, buildPackage, buildPatient, buildProvider, buildService, buildUser, type Db } from "./index";

/** Monday 7 January 2030, 08:00 London (GMT): the "now" of booking scenarios. */
export const SCENARIO_NOW = new Date("2030-01-07T08:00:00Z");

const weekdays = (from: number, to: number, startMinute: number, endMinute: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ weekday: from + i, startMinute, endMinute }));

/**
 * A small clinic group for booking tests: London (physio + assessment, Mon–Fri 09:00–17:00) and Manchester
 * (physio only); providers with different qualifications, clinics and availability; a staff member of London; a
 * patient; and a "Physio 6" template (1 assessment + 5 physio, 60 days, at least 2 days apart).
 */
export async function buildBookingScenario(db: Db) {
  const london = await buildClinic(db, { name: "London", timeZone: "Europe/London", hours: { create: weekdays(1, 5, 540, 1020) } });
  const manchester = await buildClinic(db, { name: "Manchester", timeZone: "Europe/London", hours: { create: weekdays(1, 5, 540, 1020) } });
  const physio = await buildService(db, { name: "Physiotherapy", durationMin: 45, bufferAfterMin: 15 });
  const assessment = await buildService(db, { name: "Initial Assessment", durationMin: 60 });
  await db.clinicService.createMany({
    data: [
      { clinicId: london.id, serviceId: physio.id },
      { clinicId: london.id, serviceId: assessment.id },
      { clinicId: manchester.id, serviceId: physio.id },
    ],
  });
  const avail = (clinicId: string, from: number, to: number) => ({ create: weekdays(from, to, 540, 1020).map((w) => ({ ...w, clinicId })) });
  const lee = await buildProvider(db, { name: "Dr Lee", clinicIds: [london.id], serviceIds: [physio.id, assessment.id], availability: avail(london.id, 1, 5) });
  const patel = await buildProvider(db, { name: "Sam Patel", clinicIds: [london.id], serviceIds: [physio.id], availability: avail(london.id, 1, 3) });
  const north = await buildProvider(db, { name: "Jo North", clinicIds: [manchester.id], serviceIds: [physio.id], availability: avail(manchester.id, 1, 5) });
  const retired = await buildProvider(db, { name: "Retired", active: false, clinicIds: [london.id], serviceIds: [physio.id], availability: avail(london.id, 1, 5) });
  const admin = await buildUser(db, { role: "ADMIN" });
  const staff = await buildUser(db, { role: "STAFF", memberships: { create: [{ clinicId: london.id }] } });
  const patient = await buildPatient(db, { firstName: "Anna", lastName: "Smith" });
  const physio6 = await buildPackage(db, {
    name: "Physio 6",
    validityDays: 60,
    priceMinor: 42_000,
    minDaysBetween: 2,
    items: [
      { serviceId: assessment.id, sessions: 1 },
      { serviceId: physio.id, sessions: 5 },
    ],
  });
  const staffActor: CurrentUser = { id: staff.id, name: staff.name, email: staff.email, role: "STAFF", clinicIds: [london.id] };
  const adminActor: CurrentUser = { id: admin.id, name: admin.name, email: admin.email, role: "ADMIN", clinicIds: [london.id, manchester.id] };
  return { london, manchester, physio, assessment, lee, patel, north, retired, admin, staff, staffActor, adminActor, patient, physio6 };
}

export type BookingScenario = Awaited<ReturnType<typeof buildBookingScenario>>;
