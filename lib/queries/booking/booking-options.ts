import type { Db } from "@/lib/database/client";
import type { AssignedPurchase, BookingOptions } from "@/lib/booking/types";
import { FALLBACK_TIME_ZONE } from "@/lib/booking/policy";
import type { CurrentUser } from "@/lib/session-types";
import { assertMayMove, type Course } from "@/lib/booking/course";
import { toAssignedPurchase } from "@/lib/booking/display";
import { PATIENT_PREFERENCES } from "@/lib/queries/patient-fields";
import { loadPurchaseCourse } from "./course";
import { savedPreferences } from "@/lib/validations/patient";
import { defaultClinicIds, defaultProviderIds, eligibleClinics, eligibleProviders } from "./eligibility";

/**
 * The clinic and provider choices for a purchase. Without clinicIds the defaults are chosen (package's default
 * clinic, the patient's preferred one, the patient's previous providers) and providers are listed for them.
 */
export async function bookingOptions(
  prisma: Db,
  actor: CurrentUser,
  input: { purchaseId: string; clinicIds?: string[]; moveAppointmentIds?: string[] },
  now: Date,
): Promise<BookingOptions> {
  const course = await loadPurchaseCourse(prisma, input.purchaseId, now, input.moveAppointmentIds, actor.clinicIds);
  assertMayMove(actor, course);
  const [clinics, purchase, patient] = await Promise.all([
    eligibleClinics(prisma, course, actor.clinicIds),
    prisma.packagePurchase.findUniqueOrThrow({
      where: { id: input.purchaseId },
      select: {
        id: true,
        packageName: true,
        expiresAt: true,
        pricePaidMinor: true,
        currency: true,
        items: {
          orderBy: { service: { name: "asc" } },
          select: { serviceId: true, sessionsTotal: true, booked: true, completed: true, forfeited: true, service: { select: { name: true } } },
        },
      },
    }),
    prisma.patient.findUniqueOrThrow({
      where: { id: course.patientId },
      select: {
        preferredClinicId: true,
        preferredClinic: { select: { timeZone: true, locale: true } },
        notes: true,
        ...PATIENT_PREFERENCES,
      },
    }),
  ]);
  const allowed = new Set(clinics.map((c) => c.id));
  const chosen = input.clinicIds?.filter((id) => allowed.has(id)) ?? defaultClinicIds(clinics, course, patient.preferredClinicId ?? null);
  const providers = await eligibleProviders(prisma, course, chosen, now);
  return {
    purchase: withMoving(toAssignedPurchase(purchase, now, patient.preferredClinic ?? { timeZone: FALLBACK_TIME_ZONE }), course),
    clinics,
    providers,
    defaults: { clinicIds: chosen, providerIds: defaultProviderIds(providers) },
    patient: { id: course.patientId, notes: patient.notes, preferences: savedPreferences(patient) },
  };
}

/** Sessions being moved are to be planned too: the step shows them among what is left to place. */
function withMoving(purchase: AssignedPurchase, course: Course): AssignedPurchase {
  const moving = course.moving ?? [];
  if (moving.length === 0) return purchase;
  const items = purchase.items.map((i) => ({ ...i, remaining: i.remaining + moving.filter((m) => m.serviceId === i.serviceId).length }));
  return { ...purchase, items, remainingTotal: items.reduce((n, i) => n + i.remaining, 0) };
}
