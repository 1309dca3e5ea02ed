import { CLINIC_ACCESS_MESSAGE } from "@/lib/access/clinic-access";
import { getPatientDetail } from "@/lib/queries/patients/detail";
import { cancelAppointment, checkIn } from "@/lib/services/appointments/lifecycle";
import { rescheduleSlots } from "@/lib/services/appointments/reschedule";
import { autoSchedule } from "@/lib/services/booking/auto-schedule";
import { confirmPlan } from "@/lib/services/booking/confirm-plan";
import { packageOptions } from "@/lib/queries/booking/package-options";
import { bookSingle, freeSlots } from "@/lib/services/booking/single-session";
import type { CurrentUser } from "@/lib/session-types";
import { buildAppointment, buildPackage, buildPurchase, buildUser } from "@/tests/factories";
import { buildBookingScenario, SCENARIO_NOW, type BookingScenario } from "@/tests/factories/booking-scenario";
import { rejection } from "@/tests/support/booking";
import { signInAs } from "@/tests/support/session";
import { useAppDatabase } from "@/tests/support/use-app-database";
import { download, expectRefusedDownload } from "./support";

// The rule (docs/security.md, "Roles and clinic scoping"): demographics are group-wide; a course belongs to the
// clinics of its appointments and its package's default clinic; another clinic's course is a read-only summary,
// its calendar file a 404, and another clinic's appointments are not listed.

const db = useAppDatabase();
let s: BookingScenario;
let manchesterUser: Awaited<ReturnType<typeof buildUser>>;
let manchesterStaff: CurrentUser;
beforeEach(async () => {
  s = await buildBookingScenario(db.prisma);
  manchesterUser = await buildUser(db.prisma, { role: "STAFF", memberships: { create: [{ clinicId: s.manchester.id }] } });
  manchesterStaff = { id: manchesterUser.id, name: manchesterUser.name, email: manchesterUser.email, role: "STAFF", clinicIds: [s.manchester.id] };
});

/** A London course of Anna's: one session done, one to come. */
async function londonCourse() {
  const purchase = await buildPurchase(db.prisma, { packageId: s.physio6.id, patientId: s.patient.id, assignedById: s.staff.id, purchasedAt: SCENARIO_NOW });
  const itemId = purchase.items.find((i) => i.serviceId === s.physio.id)!.id;
  const session = (startsAt: string, status: "SCHEDULED" | "COMPLETED", clinicId = s.london.id, providerId = s.lee.id) =>
    buildAppointment(db.prisma, {
      patientId: s.patient.id,
      providerId,
      clinicId,
      serviceId: s.physio.id,
      startsAt: new Date(startsAt),
      status,
      purchaseId: purchase.id,
      purchaseItemId: itemId,
      createdById: s.staff.id,
    });
  const done = await session("2030-01-02T10:00:00Z", "COMPLETED");
  const next = await session("2030-01-09T10:00:00Z", "SCHEDULED");
  await db.prisma.purchaseItem.update({ where: { id: itemId }, data: { completed: 1, booked: 1 } });
  return { purchase, done, next, session };
}

describe("the patient page's data for another clinic's staff", () => {
  test("a London-only course is a summary without sessions, dates of sessions, providers or appointment ids", async () => {
    const { purchase, done, next } = await londonCourse();
    const detail = (await getPatientDetail(db.prisma, s.patient.id, SCENARIO_NOW, [s.manchester.id]))!;

    // Demographics are group-wide.
    expect(detail.patient).toMatchObject({ id: s.patient.id, firstName: "Anna", lastName: "Smith" });
    // Nothing actionable: no full course, no appointment rows.
    expect(detail.purchases).toEqual([]);
    expect(detail.upcoming).toEqual([]);
    expect(detail.past).toEqual([]);
    expect(detail.clashes).toEqual([]);
    expect(detail.appointmentsElsewhere).toBe(2);
    expect(detail.otherClinicCourses).toEqual([
      {
        id: purchase.id,
        packageName: "Physio 6",
        status: "ACTIVE",
        expiresAt: purchase.expiresAt,
        timeZone: "Europe/London",
        lastDay: expect.any(String),
        minNewLastDay: expect.any(String),
        clinicNames: ["London"],
        items: [
          { id: expect.any(String), serviceName: "Initial Assessment", sessionsTotal: 1, remaining: 1 },
          { id: expect.any(String), serviceName: "Physiotherapy", sessionsTotal: 5, remaining: 3 },
        ],
      },
    ]);
    const everything = JSON.stringify(detail);
    for (const secret of [done.id, next.id, "Dr Lee", "2030-01-09T10:00"]) expect(everything).not.toContain(secret);
  });

  test("the course's own clinic and admins see it in full, with its sessions and actions", async () => {
    const { purchase, done, next } = await londonCourse();
    for (const clinicIds of [[s.london.id], s.adminActor.clinicIds]) {
      const detail = (await getPatientDetail(db.prisma, s.patient.id, SCENARIO_NOW, clinicIds))!;
      expect(detail.otherClinicCourses).toEqual([]);
      expect(detail.purchases.map((p) => p.id)).toEqual([purchase.id]);
      expect(detail.purchases[0].sessions.map((x) => x.id)).toEqual([done.id, next.id]);
      expect(detail.upcoming.map((a) => a.id)).toEqual([next.id]);
      expect(detail.upcoming[0].actions).not.toBeNull();
      expect(detail.appointmentsElsewhere).toBe(0);
    }
  });

  test("a course with a session at the user's clinic is theirs too; only their clinic's appointments are listed", async () => {
    const { purchase, next, session } = await londonCourse();
    const there = await session("2030-01-11T10:00:00Z", "SCHEDULED", s.manchester.id, s.north.id);
    const detail = (await getPatientDetail(db.prisma, s.patient.id, SCENARIO_NOW, [s.manchester.id]))!;
    expect(detail.purchases.map((p) => p.id)).toEqual([purchase.id]);
    expect(detail.otherClinicCourses).toEqual([]);
    expect(detail.upcoming.map((a) => a.id)).toEqual([there.id]);
    expect(detail.upcoming.map((a) => a.id)).not.toContain(next.id);
    expect(detail.appointmentsElsewhere).toBe(2);
  });

  test("an unbooked course belongs to its package's default clinic; without one, to every desk", async () => {
    const open = await buildPurchase(db.prisma, { packageId: s.physio6.id, patientId: s.patient.id, assignedById: s.staff.id, purchasedAt: SCENARIO_NOW });
    const londonPackage = await buildPackage(db.prisma, { name: "London 3", defaultClinicId: s.london.id, items: [{ serviceId: s.physio.id, sessions: 3 }] });
    const londons = await buildPurchase(db.prisma, { packageId: londonPackage.id, patientId: s.patient.id, assignedById: s.staff.id, purchasedAt: SCENARIO_NOW });
    const forManchester = (await getPatientDetail(db.prisma, s.patient.id, SCENARIO_NOW, [s.manchester.id]))!;
    expect(forManchester.purchases.map((p) => p.id)).toEqual([open.id]);
    expect(forManchester.otherClinicCourses.map((p) => p.id)).toEqual([londons.id]);
    const forLondon = (await getPatientDetail(db.prisma, s.patient.id, SCENARIO_NOW, [s.london.id]))!;
    expect(forLondon.purchases.map((p) => p.id).sort()).toEqual([open.id, londons.id].sort());
    // A user without any clinic sees demographics and summaries only.
    const forNobody = (await getPatientDetail(db.prisma, s.patient.id, SCENARIO_NOW, []))!;
    expect(forNobody.purchases.map((p) => p.id)).toEqual([open.id]);
    expect(forNobody.otherClinicCourses.map((p) => p.id)).toEqual([londons.id]);
  });
});

describe("the course's calendar file", () => {
  test("answers 404 to another clinic's staff, without an audit row; 200 to the course's clinic and to admins", async () => {
    const { purchase } = await londonCourse();
    signInAs(manchesterUser);
    await expectRefusedDownload(s.patient.id, purchase.id, 404);
    expect(await db.prisma.auditLog.count({ where: { action: "patient.course_exported" } })).toBe(0);

    signInAs(s.staff);
    const own = await download(s.patient.id, purchase.id);
    expect(own.status).toBe(200);
    expect(await own.text()).toContain("BEGIN:VEVENT");
    signInAs(s.admin);
    expect((await download(s.patient.id, purchase.id)).status).toBe(200);
    expect(await db.prisma.auditLog.count({ where: { action: "patient.course_exported", entityId: purchase.id } })).toBe(2);
  });
});

describe("actions on another clinic's course and appointments", () => {
  test("are refused with the one clinic-access message, and change nothing", async () => {
    const { next } = await londonCourse();
    const before = await db.prisma.appointment.findUniqueOrThrow({ where: { id: next.id } });
    const attempts = [
      checkIn(db.prisma, manchesterStaff, next.id, SCENARIO_NOW),
      cancelAppointment(db.prisma, manchesterStaff, { appointmentId: next.id, reason: "Not mine" }, SCENARIO_NOW),
      rescheduleSlots(db.prisma, manchesterStaff, { appointmentId: next.id }, SCENARIO_NOW),
      freeSlots(db.prisma, manchesterStaff, { patientId: s.patient.id, serviceId: s.physio.id, clinicId: s.london.id, providerId: s.lee.id }, SCENARIO_NOW),
      bookSingle(
        db.prisma,
        manchesterStaff,
        { patientId: s.patient.id, idempotencyKey: "scope-1", slot: { serviceId: s.physio.id, providerId: s.lee.id, clinicId: s.london.id, start: "2030-01-10T10:00:00.000Z" } },
        SCENARIO_NOW,
      ),
    ];
    for (const attempt of attempts) expect(await rejection(attempt)).toMatchObject({ code: "FORBIDDEN", userMessage: CLINIC_ACCESS_MESSAGE });
    expect(await db.prisma.appointment.findUniqueOrThrow({ where: { id: next.id } })).toEqual(before);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });
});

describe("another clinic's course cannot be continued from this desk", () => {
  test("Use Package does not list it, and Auto Schedule and Confirm refuse it as not found, booking nothing", async () => {
    const { purchase } = await londonCourse();
    const options = await packageOptions(db.prisma, s.patient.id, SCENARIO_NOW, [s.manchester.id]);
    expect(options.assigned.map((p) => p.id)).not.toContain(purchase.id);
    expect((await packageOptions(db.prisma, s.patient.id, SCENARIO_NOW, [s.london.id])).assigned.map((p) => p.id)).toContain(purchase.id);

    const selection = { purchaseId: purchase.id, clinicIds: [s.manchester.id], providerIds: [s.north.id] };
    expect((await rejection(autoSchedule(db.prisma, manchesterStaff, selection, SCENARIO_NOW))).code).toBe("NOT_FOUND");
    const sessions = [{ serviceId: s.physio.id, providerId: s.north.id, clinicId: s.manchester.id, start: "2030-01-15T10:00:00.000Z" }];
    const refused = await rejection(confirmPlan(db.prisma, manchesterStaff, { purchaseId: purchase.id, idempotencyKey: "scope-confirm-1", sessions }, SCENARIO_NOW));
    expect(refused.code).toBe("NOT_FOUND");
    expect(await db.prisma.appointment.count({ where: { purchaseId: purchase.id, clinicId: s.manchester.id } })).toBe(0);
  });
});
