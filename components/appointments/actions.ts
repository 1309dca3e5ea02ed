// The appointment components reach the server through this one module. Assigning the lead's actions to the
// contract type makes any drift between the two a compile error here, not a runtime surprise in a dialog.
import * as server from "@/app/(staff)/appointments/actions";
import type { AppointmentLifecycleActions } from "./contract";

const actions: AppointmentLifecycleActions = server;

export const {
  checkInAppointment,
  completeAppointment,
  cancelAppointment,
  markNoShow,
  listRescheduleProviders,
  rescheduleSlots,
  rescheduleAppointment,
} = actions;
