import type { AppPrismaClient } from "@/lib/database/client";
import { autoSchedule } from "@/lib/services/booking/auto-schedule";
import { confirmPlan } from "@/lib/services/booking/confirm-plan";
import { buildPatient, buildPurchase } from "@/tests/factories";
import { SCENARIO_NOW, type BookingScenario } from "@/tests/factories/booking-scenario";

/** Assigns "Physio 6" to a patient (a new one with an address unless given) and books the whole course with Confirm. */
export async function bookCourse(db: AppPrismaClient, s: BookingScenario, patientId?: string) {
  const patient = patientId ?? (await buildPatient(db, { email: `patient${Math.random().toString(36).slice(2, 8)}@example.test` })).id;
  const purchase = await buildPurchase(db, { packageId: s.physio6.id, patientId: patient, purchasedAt: SCENARIO_NOW, assignedById: s.staff.id });
  const preview = await autoSchedule(db, s.staffActor, { purchaseId: purchase.id, clinicIds: [s.london.id], providerIds: [s.lee.id, s.patel.id] }, SCENARIO_NOW);
  const sessions = preview.sessions.map(({ serviceId, providerId, clinicId, start }) => ({ serviceId, providerId, clinicId, start }));
  const batch = await confirmPlan(db, s.staffActor, { purchaseId: purchase.id, idempotencyKey: `confirm-${purchase.id}`, sessions }, SCENARIO_NOW);
  return { ...batch, purchaseId: purchase.id, patientId: patient };
}

export const confirmations = (db: AppPrismaClient) => db.message.findMany({ where: { kind: "COURSE_CONFIRMATION" } });
