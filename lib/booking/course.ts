import { assertClinicAccess } from "@/lib/access/clinic-access";
import type { CurrentUser } from "@/lib/session-types";

/**
 * What is left to schedule of a course of treatment: a real purchase, or a template not yet assigned (for the
 * "will it fit?" check before assigning). Everything the clinic/provider filters and the planner need.
 */
export type Course = {
  purchaseId: string | null;
  patientId: string;
  packageName: string;
  expiresAt: Date;
  minDaysBetween: number | null;
  maxPerWeek: number | null;
  allowedProviderIds: string[];
  defaultClinicId: string | null;
  remaining: { serviceId: string; serviceName: string; count: number; purchaseItemId: string | null }[];
  /**
   * Booked sessions being planned again (re-planning the rest, rescheduling): counted in `remaining`, and their
   * current times do not count as busy.
   */
  moving?: { appointmentId: string; serviceId: string; clinicId: string }[];
  /**
   * A purchase's own planning facts, read in the same statement as the purchase (so planning does not read them
   * again): its services, the patient's preferences, the patient's other upcoming appointments and the course's
   * booked ones. Sessions being moved are still among them; the planner's loader leaves them out.
   */
  loaded?: CourseFacts;
  /** A purchase's patient's address and e-mail opt-out, read with it, for the messages Confirm writes. */
  contact?: { email: string | null; emailOptOut: boolean };
};

export type CourseFacts = {
  services: { id: string; name: string; durationMin: number; bufferAfterMin: number }[];
  preferences: { weekdays: number[]; windows: unknown };
  patientBusy: { id: string; clinicId: string; startsAt: Date; endsAt: Date }[];
  courseBooked: { id: string; clinicId: string; providerId: string; startsAt: Date; endsAt: Date }[];
};

export function remainingServiceIds(course: Course): string[] {
  return course.remaining.filter((r) => r.count > 0).map((r) => r.serviceId);
}

/** Sessions to move must be at the user's clinics, like any appointment they change. */
export function assertMayMove(actor: CurrentUser, course: Course): void {
  assertClinicAccess(actor, (course.moving ?? []).map((m) => m.clinicId));
}
