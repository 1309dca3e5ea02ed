import { isValidElement, type ReactElement, type ReactNode } from "react";
import StaffHomePage from "@/app/(staff)/page";
import { TodayClinicChooser } from "@/components/today/today-clinic-chooser";
import { todaysCountsByClinic } from "@/lib/queries/appointments";
import { buildAppointment, buildClinic } from "@/tests/factories";
import { buildBookingScenario, SCENARIO_NOW, type BookingScenario } from "@/tests/factories/booking-scenario";
import { signInAs } from "@/tests/support/session";
import { useAppDatabase } from "@/tests/support/use-app-database";

const db = useAppDatabase();
let s: BookingScenario;
beforeEach(async () => {
  s = await buildBookingScenario(db.prisma);
});

/** The first element of `type` in a rendered server-component tree (the page's own JSX, not its children's output). */
function findElement<P>(node: ReactNode, type: (props: P) => ReactNode): ReactElement<P> | null {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findElement(child, type);
      if (found) return found;
    }
    return null;
  }
  if (!isValidElement<{ children?: ReactNode }>(node)) return null;
  if (node.type === type) return node as unknown as ReactElement<P>;
  return findElement(node.props.children, type);
}

test("counts each clinic's appointments on its own local today, by clinic name, active clinics only", async () => {
  // At SCENARIO_NOW (Mon 7 Jan 2030 08:00 UTC) it is 03:00 on the 7th in New York and 17:00 on the 7th in Tokyo.
  const newYork = await buildClinic(db.prisma, { name: "New York", timeZone: "America/New_York" });
  const tokyo = await buildClinic(db.prisma, { name: "Tokyo", timeZone: "Asia/Tokyo" });
  const closed = await buildClinic(db.prisma, { name: "Aberdeen", timeZone: "Europe/London", active: false });
  const book = (clinicId: string, startsAt: string) => buildAppointment(db.prisma, { clinicId, serviceId: s.physio.id, startsAt: new Date(startsAt) });
  await book(s.london.id, "2030-01-07T10:00:00Z");
  await book(s.london.id, "2030-01-07T23:30:00Z"); // the 7th until midnight in London
  await book(s.london.id, "2030-01-06T10:00:00Z"); // yesterday
  await book(newYork.id, "2030-01-07T15:00:00Z"); // 10:00 on the 7th in New York
  await book(newYork.id, "2030-01-07T03:00:00Z"); // 22:00 on the 6th in New York
  await book(tokyo.id, "2030-01-07T01:00:00Z"); // 10:00 on the 7th in Tokyo
  await book(tokyo.id, "2030-01-07T16:00:00Z"); // 01:00 on the 8th in Tokyo
  await book(closed.id, "2030-01-07T10:00:00Z");

  const ids = [s.london.id, s.manchester.id, newYork.id, tokyo.id, closed.id];
  expect(await todaysCountsByClinic(db.prisma, ids, SCENARIO_NOW)).toEqual([
    { id: s.london.id, name: "London", appointments: 2 },
    { id: s.manchester.id, name: "Manchester", appointments: 0 },
    { id: newYork.id, name: "New York", appointments: 1 },
    { id: tokyo.id, name: "Tokyo", appointments: 1 },
  ]);
  expect(await todaysCountsByClinic(db.prisma, [], SCENARIO_NOW)).toEqual([]);
});

describe("Today for someone with more than three clinics", () => {
  const render = async (clinic?: string) => StaffHomePage({ searchParams: Promise.resolve(clinic === undefined ? {} : { clinic }) });

  test("shows one clinic's day with a chooser: the one asked for if it is theirs, else the first by name", async () => {
    const newYork = await buildClinic(db.prisma, { name: "New York", timeZone: "America/New_York" });
    const tokyo = await buildClinic(db.prisma, { name: "Tokyo", timeZone: "Asia/Tokyo" });
    const elsewhere = await buildClinic(db.prisma, { name: "Elsewhere", timeZone: "Europe/London" });
    await db.prisma.clinicMembership.createMany({
      data: [s.london, s.manchester, newYork, tokyo].filter((c) => c.id !== s.london.id).map((c) => ({ userId: s.staff.id, clinicId: c.id })),
    });
    signInAs(s.staff);

    const chooser = findElement(await render(tokyo.id), TodayClinicChooser)!;
    expect(chooser.props.selected).toBe(tokyo.id);
    expect(chooser.props.clinics.map((c) => c.name)).toEqual(["London", "Manchester", "New York", "Tokyo"]);
    // Another clinic's id, or none: the first of their own clinics.
    expect(findElement(await render(elsewhere.id), TodayClinicChooser)!.props.selected).toBe(s.london.id);
    expect(findElement(await render(), TodayClinicChooser)!.props.selected).toBe(s.london.id);
  });

  test("three clinics or fewer are listed together, without a chooser", async () => {
    const newYork = await buildClinic(db.prisma, { name: "New York", timeZone: "America/New_York" });
    await db.prisma.clinicMembership.createMany({ data: [s.manchester, newYork].map((c) => ({ userId: s.staff.id, clinicId: c.id })) });
    signInAs(s.staff);
    expect(findElement(await render(newYork.id), TodayClinicChooser)).toBeNull();
  });
});
