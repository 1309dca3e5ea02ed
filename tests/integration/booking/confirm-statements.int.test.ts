import { reminderSendAt } from "@/lib/notifications/reminder-time";
import { autoSchedule } from "@/lib/services/booking/auto-schedule";
import { confirmPlan } from "@/lib/services/booking/confirm-plan";
import { buildAppointment, buildPackage, buildPurchase } from "@/tests/factories";
import { buildBookingScenario, SCENARIO_NOW, type BookingScenario } from "@/tests/factories/booking-scenario";
import { countStatements } from "@/tests/support/count-statements";
import { useAppDatabase } from "@/tests/support/use-app-database";

const db = useAppDatabase();
let s: BookingScenario;
beforeEach(async () => {
  s = await buildBookingScenario(db.prisma);
});

// The architecture issue's budget: a 20-session course is planned and booked in a handful of statements, not one per
// row (bench:booking counts the same way: every statement sent, BEGIN and COMMIT included).
// Confirm's budget of 10 includes the transactional outbox (patient e-mails written in the same transaction): its
// one INSERT of the messages. The facts the messages need (the patient's address, the clinics' zone and reminder
// lead) come from Confirm's own reads, so the outbox reads nothing.
test("a 20-session Auto Schedule sends at most 10 statements, its Confirm (with the outbox) at most 10", async () => {
  const course = await buildPackage(db.prisma, {
    name: "Physio 20",
    validityDays: 120,
    items: [
      { serviceId: s.assessment.id, sessions: 1 },
      { serviceId: s.physio.id, sessions: 19 },
    ],
  });
  const purchase = await buildPurchase(db.prisma, { packageId: course.id, patientId: s.patient.id, purchasedAt: SCENARIO_NOW, assignedById: s.staff.id });
  // Some busy time, so the reads return rows rather than nothing.
  await buildAppointment(db.prisma, { providerId: s.lee.id, clinicId: s.london.id, serviceId: s.physio.id, startsAt: new Date("2030-01-08T09:00:00Z") });

  const plan = await countStatements(db, () =>
    autoSchedule(db.prisma, s.staffActor, { purchaseId: purchase.id, clinicIds: [s.london.id], providerIds: [s.lee.id, s.patel.id] }, SCENARIO_NOW),
  );
  expect(plan.result.sessions).toHaveLength(20);
  expect(plan.statements).toBeLessThanOrEqual(10);

  const sessions = plan.result.sessions.map(({ serviceId, providerId, clinicId, start }) => ({ serviceId, providerId, clinicId, start }));
  const booked = await countStatements(db, () =>
    confirmPlan(db.prisma, s.staffActor, { purchaseId: purchase.id, idempotencyKey: "count-confirm-1", sessions }, SCENARIO_NOW),
  );
  expect(booked.result.appointmentCount).toBe(20);
  expect(booked.statements).toBeLessThanOrEqual(10);
  expect(await db.prisma.appointment.count({ where: { purchaseId: purchase.id } })).toBe(20);
  // The outbox wrote from the facts Confirm passed in what it would have read: a confirmation, and a reminder for
  // every session whose reminder time (by the clinic's own settings, read back here) is still ahead.
  const clinic = await db.prisma.clinic.findUniqueOrThrow({ where: { id: s.london.id }, select: { timeZone: true, reminderHours: true } });
  const ahead = plan.result.sessions.filter((x) => reminderSendAt(new Date(x.start), clinic.timeZone, clinic.reminderHours) > SCENARIO_NOW).length;
  expect(ahead).toBeGreaterThan(0);
  expect(await db.prisma.message.count({ where: { batchId: booked.result.batchId, kind: "COURSE_CONFIRMATION" } })).toBe(1);
  expect(await db.prisma.message.count({ where: { kind: "APPOINTMENT_REMINDER", appointment: { purchaseId: purchase.id } } })).toBe(ahead);
});
