import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppointmentStatus } from "@/lib/appointments/types";
import type { LifecycleFacts } from "@/lib/appointments/rules";
import { assertClinicAccess } from "@/lib/access/clinic-access";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/session-types";

type Tx = Prisma.TransactionClient;

/** An appointment with what a status change or a move needs to know about it. */
export const appointmentForChange = {
  id: true,
  patientId: true,
  providerId: true,
  clinicId: true,
  serviceId: true,
  startsAt: true,
  endsAt: true,
  status: true,
  purchaseId: true,
  purchaseItemId: true,
  service: { select: { name: true } },
  provider: { select: { name: true } },
  clinic: { select: { name: true, timeZone: true, reminderHours: true, lateCancelWindowHours: true, lateCancelForfeits: true, noShowForfeits: true } },
  // For the patient's message about the change (lib/notifications/enqueue.ts MESSAGE_FACTS), read here once.
  patient: { select: { email: true, emailOptOut: true } },
  purchase: { select: { packageName: true, status: true, expiresAt: true } },
} satisfies Prisma.AppointmentSelect;

export type LockedAppointment = Prisma.AppointmentGetPayload<{ select: typeof appointmentForChange }>;

/**
 * Reads an appointment for a status change and locks it, after its purchase (the order Confirm uses too, so
 * changes to one course queue up instead of deadlocking, and "is the course complete?" sees every session).
 * Staff may only act on appointments of their own clinics.
 */
export async function lockAppointment(tx: Tx, actor: CurrentUser, appointmentId: string): Promise<LockedAppointment> {
  const head = await tx.appointment.findUnique({ where: { id: appointmentId }, select: { clinicId: true, purchaseId: true } });
  if (!head) throw new AppError("NOT_FOUND", "This appointment was not found. Reload the page.");
  assertClinicAccess(actor, head.clinicId);
  if (head.purchaseId) await tx.$queryRaw`SELECT id FROM package_purchases WHERE id = ${head.purchaseId} FOR UPDATE`;
  await tx.$queryRaw`SELECT id FROM appointments WHERE id = ${appointmentId} FOR UPDATE`;
  return tx.appointment.findUniqueOrThrow({ where: { id: appointmentId }, select: appointmentForChange });
}

export function factsOf(a: LockedAppointment): LifecycleFacts {
  return {
    status: a.status as AppointmentStatus,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    timeZone: a.clinic.timeZone,
    hasPurchase: a.purchaseItemId !== null,
    policy: a.clinic,
  };
}

const STATUS_WORDS: Record<AppointmentStatus, string> = {
  SCHEDULED: "scheduled",
  CHECKED_IN: "checked in",
  COMPLETED: "already completed",
  CANCELLED: "cancelled",
  NO_SHOW: "marked as a no-show",
};

/** Why an action is not allowed now, as one sentence for staff. */
export function refusal(a: LockedAppointment, action: "check in" | "complete" | "cancel" | "no-show" | "reschedule", now: Date): AppError {
  const state = STATUS_WORDS[a.status as AppointmentStatus];
  const finished = a.status === "COMPLETED" || a.status === "CANCELLED" || a.status === "NO_SHOW";
  let message: string;
  if (finished) message = `This appointment is ${state}; it cannot be changed any more.`;
  else if (action === "check in" && a.status === "CHECKED_IN") message = "This patient is already checked in.";
  else if (action === "check in" || action === "complete") message = `An appointment can only be ${action === "complete" ? "completed" : "checked in"} from its day on.`;
  else if (action === "no-show") message = a.status === "CHECKED_IN" ? "The patient is checked in, so this is not a no-show." : "A no-show can only be recorded once the appointment has started.";
  else if (action === "cancel") message = "This appointment has already ended: record it as completed or as a no-show instead.";
  else message = a.status === "CHECKED_IN" ? "The patient is already checked in; this appointment cannot be moved." : "This appointment has already started; it cannot be moved.";
  return new AppError("CONFLICT", message, { internal: `${action} refused: ${a.id} is ${a.status} at ${now.toISOString()}` });
}
