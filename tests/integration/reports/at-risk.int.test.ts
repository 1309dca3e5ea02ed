import { GET } from "@/app/admin/reports/at-risk/csv/route";
import { atRiskCourses } from "@/lib/queries/reports/at-risk";
import { extendExpiry } from "@/lib/services/purchases/manage";
import { at, buildAppointment, buildClinic, buildPackage, buildPatient, buildProvider, buildPurchase, buildService, buildUser } from "@/tests/factories";
import { countStatements } from "@/tests/support/count-statements";
import { signInAs } from "@/tests/support/session";
import { useAppDatabase } from "@/tests/support/use-app-database";

const db = useAppDatabase();

/** Monday 7 January 2030, 08:00 London (GMT). */
const NOW = at("2030-01-07T08:00:00Z");
const weekdays = (startMinute: number, endMinute: number) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute, endMinute }));

async function world() {
  const london = await buildClinic(db.prisma, { name: "London", timeZone: "Europe/London", hours: { create: weekdays(540, 1020) } });
  const leeds = await buildClinic(db.prisma, { name: "Leeds", timeZone: "Europe/London", hours: { create: weekdays(540, 1020) } });
  const laser = await buildService(db.prisma, { name: "Laser Therapy", durationMin: 60 });
  await db.prisma.clinicService.createMany({ data: [{ clinicId: london.id, serviceId: laser.id }, { clinicId: leeds.id, serviceId: laser.id }] });
  const lee = await buildProvider(db.prisma, {
    name: "Dr Lee",
    clinicIds: [london.id],
    serviceIds: [laser.id],
    availability: { create: weekdays(540, 1020).map((w) => ({ ...w, clinicId: london.id })) },
  });
  const admin = await buildUser(db.prisma, { role: "ADMIN" });
  const pkg = (clinicId: string) => buildPackage(db.prisma, { name: clinicId === london.id ? "Laser 5" : "Laser 5 Leeds", defaultClinicId: clinicId, items: [{ serviceId: laser.id, sessions: 5 }] });
  const patient = await buildPatient(db.prisma, { firstName: "Dane", lastName: "Abbott" });
  // Last day Sunday 20 January: two working weeks, ten free days for five sessions.
  const purchase = await buildPurchase(db.prisma, { packageId: (await pkg(london.id)).id, patientId: patient.id, purchasedAt: at("2030-01-01T10:00:00Z"), expiresAt: at("2030-01-21T00:00:00Z") });
  // A Leeds purchase is not London's.
  await buildPurchase(db.prisma, { packageId: (await pkg(leeds.id)).id, patientId: patient.id, purchasedAt: at("2030-01-01T10:00:00Z"), expiresAt: at("2030-01-21T00:00:00Z") });
  const adminActor = { id: admin.id, name: admin.name, email: admin.email, role: "ADMIN" as const, clinicIds: [london.id, leeds.id] };
  return { london, laser, lee, purchase, adminActor };
}

test("a course that fits becomes at-risk after the provider's time off, with the planner's reason, and fits again once extended", async () => {
  const w = await world();
  const first = await atRiskCourses(db.prisma, w.london.id, NOW);
  expect(first.purchases).toHaveLength(1);
  expect(first.purchases[0]).toMatchObject({ purchaseId: w.purchase.id, patientName: "Dane Abbott", packageName: "Laser 5", unbooked: 5, placeable: 5, unplaced: [] });
  // Ten weekdays × eight one-hour slots of Dr Lee (Monday 09:00 is after the hour's notice).
  expect(first.capacity).toEqual([{ serviceId: w.laser.id, serviceName: "Laser Therapy", unbooked: 5, freeSlots: 80, until: w.purchase.expiresAt }]);

  // Away from Wednesday until after expiry: only Monday and Tuesday are left (one session a day).
  await db.prisma.providerTimeOff.create({ data: { providerId: w.lee.id, startsAt: at("2030-01-09T00:00:00Z"), endsAt: at("2030-01-22T00:00:00Z") } });
  // An appointment of another patient on Tuesday morning takes an hour of capacity but not the day.
  await buildAppointment(db.prisma, { providerId: w.lee.id, clinicId: w.london.id, serviceId: w.laser.id, startsAt: at("2030-01-08T09:00:00Z") });
  const away = await atRiskCourses(db.prisma, w.london.id, NOW);
  expect(away.purchases[0]).toMatchObject({ unbooked: 5, placeable: 2 });
  expect(away.purchases[0].unplaced).toHaveLength(1);
  expect(away.purchases[0].unplaced[0]).toMatchObject({ serviceName: "Laser Therapy", count: 3 });
  expect(away.purchases[0].unplaced[0].reason).toMatch(/Laser Therapy/);
  expect(away.capacity[0]).toMatchObject({ unbooked: 5, freeSlots: 15 });

  await extendExpiry(db.prisma, w.adminActor, { purchaseId: w.purchase.id, lastDay: "2030-02-28", reason: "Provider away" }, NOW);
  const extended = await atRiskCourses(db.prisma, w.london.id, NOW);
  expect(extended.purchases[0]).toMatchObject({ placeable: 5, unplaced: [] });
  expect(extended.capacity[0].until).toEqual(at("2030-03-01T00:00:00Z"));
});

test("a whole clinic is read in a handful of statements, whatever the number of purchases", async () => {
  const w = await world();
  for (let i = 0; i < 5; i++) {
    const p = await buildPatient(db.prisma);
    await buildPurchase(db.prisma, { packageId: w.purchase.packageId, patientId: p.id, purchasedAt: at("2030-01-01T10:00:00Z"), expiresAt: at("2030-02-01T00:00:00Z") });
  }
  const counted = await countStatements(db, () => atRiskCourses(db.prisma, w.london.id, NOW));
  expect(counted.result.purchases).toHaveLength(6);
  expect(counted.statements).toBeLessThanOrEqual(12);
});

test("the CSV is for admins, lists the clinic's packages and is formula-safe", async () => {
  const w = await world();
  await db.prisma.patient.update({ where: { id: w.purchase.patientId }, data: { firstName: "=HYPERLINK(\"http://x\")", lastName: "+1" } });
  const download = () => GET(new Request(`http://localhost/admin/reports/at-risk/csv?clinic=${w.london.id}`));
  expect((await download()).status).toBe(401);
  signInAs(await buildUser(db.prisma, { role: "STAFF", memberships: { create: [{ clinicId: w.london.id }] } }));
  expect((await download()).status).toBe(403);
  signInAs(w.adminActor);
  const lines = (await (await download()).text()).split("\r\n");
  expect(lines[0]).toContain("Patient,Package,Last day,Unbooked sessions,Placeable before expiry,Status");
  expect(lines).toHaveLength(3); // header, the London purchase, the final CRLF
  expect(lines[1]).toMatch(/^London,"'=HYPERLINK\(""http:\/\/x""\) \+1",Laser 5,/);
});
