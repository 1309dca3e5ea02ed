import type { ActionResult } from "@/lib/action-result";
import type { AppointmentOutcome } from "@/lib/appointments/types";
import type { ProviderOption, SlotOption } from "@/lib/booking/types";

/** The appointment lifecycle server actions as these components call them (app/(staff)/appointments/actions.ts). */
export type AppointmentLifecycleActions = {
  checkInAppointment(input: { appointmentId: string }): Promise<ActionResult<AppointmentOutcome>>;
  completeAppointment(input: { appointmentId: string }): Promise<ActionResult<AppointmentOutcome>>;
  cancelAppointment(input: { appointmentId: string; reason: string }): Promise<ActionResult<AppointmentOutcome>>;
  markNoShow(input: { appointmentId: string }): Promise<ActionResult<AppointmentOutcome>>;
  listRescheduleProviders(input: { appointmentId: string }): Promise<ActionResult<ProviderOption[]>>;
  rescheduleSlots(input: { appointmentId: string; providerId?: string; from?: string; fromDate?: string }): Promise<ActionResult<SlotOption[]>>;
  rescheduleAppointment(input: { appointmentId: string; providerId: string; start: string }): Promise<ActionResult<AppointmentOutcome>>;
};
