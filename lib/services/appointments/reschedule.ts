import type { AppPrismaClient } from "@/lib/database/client";
import type { AppointmentOutcome } from "@/lib/appointments/types";
import type { ProviderOption, SlotOption } from "@/lib/booking/types";
import type { CurrentUser } from "@/lib/session-types";

export async function rescheduleProviders(prisma: AppPrismaClient, actor: CurrentUser, appointmentId: string, now: Date): Promise<ProviderOption[]> {
  throw new Error(`not yet ${String(prisma) + actor.id + appointmentId + now.toISOString()}`);
}
export async function rescheduleSlots(
  prisma: AppPrismaClient,
  actor: CurrentUser,
  input: { appointmentId: string; providerId?: string; from?: string },
  now: Date,
): Promise<SlotOption[]> {
  throw new Error(`not yet ${String(prisma) + actor.id + input.appointmentId + now.toISOString()}`);
}
export async function rescheduleAppointment(
  prisma: AppPrismaClient,
  actor: CurrentUser,
  input: { appointmentId: string; providerId: string; start: string },
  now: Date,
): Promise<AppointmentOutcome> {
  throw new Error(`not yet ${String(prisma) + actor.id + input.appointmentId + now.toISOString()}`);
}
