import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppointmentListing } from "@/lib/appointments/types";

/** What an AppointmentListing (the calendar's blocks, a patient's appointment tables) is read from. */
export const APPOINTMENT_LISTING = {
  id: true,
  startsAt: true,
  endsAt: true,
  status: true,
  purchaseId: true,
  purchase: { select: { packageName: true } },
  service: { select: { name: true, colour: true } },
  provider: { select: { id: true, name: true } },
} as const satisfies Prisma.AppointmentSelect;

/**
 * A session as the patient is told of it, in a message or a calendar file: when, what, with whom (and their title),
 * its state, and updatedAt for the calendar event's revision (appointmentSequence). Add the clinic fields the caller
 * shows. Kept in this module, which is not server-only, because the notification worker imports it.
 */
export const APPOINTMENT_EVENT = {
  id: true,
  startsAt: true,
  endsAt: true,
  status: true,
  updatedAt: true,
  service: { select: { name: true } },
  provider: { select: { name: true, title: true } },
} as const satisfies Prisma.AppointmentSelect;

export function toListing(a: Prisma.AppointmentGetPayload<{ select: typeof APPOINTMENT_LISTING }>): AppointmentListing {
  return {
    id: a.id,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    status: a.status,
    purchaseId: a.purchaseId,
    packageName: a.purchase?.packageName ?? null,
    service: a.service,
    provider: a.provider,
  };
}
