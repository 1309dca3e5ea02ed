import { GET } from "@/app/(staff)/reports/expiring/csv/route";
import { expiringPurchases } from "@/lib/queries/reports/expiring";
import { addDays, at, buildAppointment, buildClinic, buildPackage, buildPatient, buildPurchase, buildService, buildUser } from "@/tests/factories";
import { signInAs } from "@/tests/support/session";
import { useAppDatabase } from "@/tests/support/use-app-database";

const db = useAppDatabase();

async function world(now: Date) {
  const london = await buildClinic(db.prisma, { name: "London" });
  const leeds = await buildClinic(db.prisma, { name: "Leeds" });
  const laser = await buildService(db.prisma, { name: "Laser Therapy" });
  const consult = await buildService(db.prisma, { name: "Consultation" });
  const tpl = (clinicId: string | null) =>
    buildPackage(db.prisma, { defaultClinicId: clinicId, items: [{ serviceId: laser.id, sessions: 5 }, { serviceId: consult.id, sessions: 1 }] });
  const [lon, lee, none] = [await tpl(london.id), await tpl(leeds.id), await tpl(null)];
  const dane = await buildPatient(db.prisma, { firstName: "Dane", lastName: "Abbott", phone: "+44 7700 900123" });
  const buy = async (packageId: string, expiresInDays: number, used: { laser?: number; consult?: number } = {}, patientId = dane.id) => {
    const p = await buildPurchase(db.prisma, { packageId, patientId, purchasedAt: addDays(now, -60), expiresAt: addDays(now, expiresInDays) });
    for (const i of p.items) {
      const n = i.serviceId === laser.id ? (used.laser ?? 0) : (used.consult ?? 0);
      await db.prisma.purchaseItem.update({ where: { id: i.id }, data: { completed: n } });
    }
    return p;
  };
  const soon = await buy(lon.id, 10, { laser: 2, consult: 1 });
  await buy(lon.id, 10, { laser: 5, consult: 1 }); // nothing left
  await buy(lon.id, 45); // too late for 30 days
  const leedsSoon = await buy(lee.id, 3, {}, (await buildPatient(db.prisma, { firstName: "Lee", lastName: "Ds" })).id);
  const orphan = await buy(none.id, 5, {}, (await buildPatient(db.prisma, { firstName: "No", lastName: "Clinic" })).id);
  await buildAppointment(db.prisma, { patientId: dane.id, clinicId: london.id, serviceId: laser.id, startsAt: addDays(now, -20), status: "COMPLETED" });
  await buildAppointment(db.prisma, { patientId: dane.id, clinicId: london.id, serviceId: laser.id, startsAt: addDays(now, -5), status: "CANCELLED", cancelledAt: addDays(now, -6) });
  return { london, leeds, soon, leedsSoon, orphan, dane };
}

test("lists active purchases with unbooked sessions expiring in the window, per service, with the last visit", async () => {
  const now = at("2030-01-07T08:00:00Z");
  const w = await world(now);
  const rows = await expiringPurchases(db.prisma, { clinicIds: [w.london.id, w.leeds.id], includeUnassigned: false, now, days: 30 });
  expect(rows.map((r) => r.purchaseId)).toEqual([w.leedsSoon.id, w.soon.id]);
  expect(rows[1]).toMatchObject({
    patientName: "Dane Abbott",
    phone: "+44 7700 900123",
    clinicName: "London",
    remaining: [{ serviceName: "Laser Therapy", sessions: 3 }],
    remainingTotal: 3,
  });
  expect(rows[1].lastVisit).toEqual(addDays(now, -20));
  expect((await expiringPurchases(db.prisma, { clinicIds: [w.london.id], includeUnassigned: false, now, days: 30 })).map((r) => r.purchaseId)).toEqual([w.soon.id]);
  expect((await expiringPurchases(db.prisma, { clinicIds: [w.london.id], includeUnassigned: false, now, days: 9 })).map((r) => r.purchaseId)).toEqual([]);
  expect((await expiringPurchases(db.prisma, { clinicIds: [], includeUnassigned: true, now, days: 30 })).map((r) => r.purchaseId)).toEqual([w.orphan.id]);
});

test("the CSV (and the page's list) are scoped to the user's clinics; phone numbers are made formula-safe", async () => {
  const w = await world(new Date());
  const download = (q = "") => GET(new Request(`http://localhost/reports/expiring/csv${q}`));
  expect((await download()).status).toBe(401);
  signInAs(await buildUser(db.prisma, { role: "STAFF", memberships: { create: [{ clinicId: w.london.id }] } }));
  const mine = (await (await download()).text()).split("\r\n");
  expect(mine).toHaveLength(3);
  expect(mine[1]).toMatch(/^Dane Abbott,'\+44 7700 900123,London,Package \d+,3,Laser Therapy: 3,/);
  // Asking for another clinic falls back to the user's own.
  const other = (await (await download(`?clinic=${w.leeds.id}`)).text()).split("\r\n");
  expect(other).toEqual(mine);
  signInAs(await buildUser(db.prisma, { role: "ADMIN" }));
  const all = (await (await download()).text()).split("\r\n");
  expect(all).toHaveLength(5);
  expect(all.filter((l) => l.startsWith("No Clinic,"))).toHaveLength(1);
});

test("a course is on the list of the clinics it is booked at, as on the patient page, not of the patient's preferred clinic", async () => {
  const now = at("2030-01-07T08:00:00Z");
  const w = await world(now);
  const roaming = await buildPatient(db.prisma, { firstName: "Ro", lastName: "Aming", preferredClinicId: w.leeds.id });
  const tpl = await buildPackage(db.prisma, { defaultClinicId: w.leeds.id, items: [{ serviceId: (await buildService(db.prisma, { name: "Massage" })).id, sessions: 3 }] });
  const course = await buildPurchase(db.prisma, { packageId: tpl.id, patientId: roaming.id, purchasedAt: addDays(now, -30), expiresAt: addDays(now, 7) });
  await buildAppointment(db.prisma, { patientId: roaming.id, clinicId: w.london.id, serviceId: tpl.items[0].serviceId, startsAt: addDays(now, -3), status: "COMPLETED", purchaseId: course.id });
  const london = await expiringPurchases(db.prisma, { clinicIds: [w.london.id], includeUnassigned: false, now, days: 30 });
  expect(london.map((r) => r.purchaseId)).toContain(course.id);
  const nowhere = await expiringPurchases(db.prisma, { clinicIds: [(await buildClinic(db.prisma, { name: "York" })).id], includeUnassigned: false, now, days: 30 });
  expect(nowhere.map((r) => r.purchaseId)).toEqual([]);
});
