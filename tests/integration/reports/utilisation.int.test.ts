import { providerUtilisation } from "@/lib/queries/reports/utilisation";
import { resolveRange } from "@/lib/reports/filters";
import { at, buildAppointment, buildClinic, buildProvider, buildService } from "@/tests/factories";
import { useTestDatabase } from "@/tests/support/test-db";

const db = useTestDatabase();

const weekdays = (clinicId: string, startMinute: number, endMinute: number) => ({
  create: [1, 2, 3, 4, 5].map((weekday) => ({ clinicId, weekday, startMinute, endMinute })),
});

test("available = weekly hours − closures − time off, booked = appointments not cancelled; per provider and week, across DST", async () => {
  const london = await buildClinic(db.prisma, { name: "London", timeZone: "Europe/London" });
  const service = await buildService(db.prisma, { durationMin: 60 });
  const lee = await buildProvider(db.prisma, { name: "Dr Lee", clinicIds: [london.id], serviceIds: [service.id], availability: weekdays(london.id, 540, 1020) });
  // Week of Mon 7 Jan 2030: 5 × 8 h = 40 h; Wednesday closed (−8 h); Thursday 13:00–15:00 off (−2 h) → 30 h.
  await db.prisma.clinicClosure.create({ data: { clinicId: london.id, date: at("2030-01-09T00:00:00Z") } });
  await db.prisma.providerTimeOff.create({ data: { providerId: lee.id, startsAt: at("2030-01-10T13:00:00Z"), endsAt: at("2030-01-10T15:00:00Z") } });
  const book = (startsAt: string, status: "SCHEDULED" | "COMPLETED" | "CANCELLED" | "NO_SHOW") =>
    buildAppointment(db.prisma, { providerId: lee.id, clinicId: london.id, serviceId: service.id, startsAt: at(startsAt), status, ...(status === "CANCELLED" ? { cancelledAt: at("2030-01-01T00:00:00Z") } : {}) });
  await book("2030-01-07T09:00:00Z", "COMPLETED");
  await book("2030-01-08T09:00:00Z", "NO_SHOW");
  await book("2030-01-08T11:00:00Z", "CANCELLED");
  // The week clocks go forward (Sun 31 Mar 2030): Mon 1 Apr 09:00 BST is 08:00 UTC; still 8 h a day.
  await book("2030-04-01T08:00:00Z", "SCHEDULED");
  const jan = await providerUtilisation(db.prisma, { clinicId: london.id, ...resolveRange({ clinicId: london.id, from: "2030-01-07", to: "2030-01-13" }, "Europe/London") });
  expect(jan).toEqual([{ week: "2030-01-07", providerId: lee.id, providerName: "Dr Lee", clinicName: "London", availableMinutes: 30 * 60, bookedMinutes: 120 }]);
  const dst = await providerUtilisation(db.prisma, { clinicId: null, ...resolveRange({ clinicId: null, from: "2030-04-01", to: "2030-04-07" }, "UTC") });
  expect(dst).toEqual([{ week: "2030-04-01", providerId: lee.id, providerName: "Dr Lee", clinicName: "London", availableMinutes: 40 * 60, bookedMinutes: 60 }]);
});
