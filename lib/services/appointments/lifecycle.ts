import type { AppPrismaClient } from "@/lib/database/client";
import type { AppointmentOutcome } from "@/lib/appointments/types";
import type { CurrentUser } from "@/lib/session-types";

export async function checkIn(prisma: AppPrismaClient, actor: CurrentUser, appointmentId: string, now: Date): Promise<AppointmentOutcome> {
  throw new Error(`not yet ${String(prisma) + actor.id + appointmentId + now.toISOString()}`);
}
export async function complete(prisma: AppPrismaClient, actor: CurrentUser, appointmentId: string, now: Date): Promise<AppointmentOutcome> {
  throw new Error(`not yet ${String(prisma) + actor.id + appointmentId + now.toISOString()}`);
}
export async function markNoShow(prisma: AppPrismaClient, actor: CurrentUser, appointmentId: string, now: Date): Promise<AppointmentOutcome> {
  throw new Error(`not yet ${String(prisma) + actor.id + appointmentId + now.toISOString()}`);
}
export async function cancelAppointment(prisma: AppPrismaClient, actor: CurrentUser, input: { appointmentId: string; reason: string }, now: Date): Promise<AppointmentOutcome> {
  throw new Error(`not yet ${String(prisma) + actor.id + input.appointmentId + now.toISOString()}`);
}
