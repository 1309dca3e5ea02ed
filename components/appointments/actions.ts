// The appointment components reach the server through this one module. The actions' parameter types come from the
// zod schemas (lib/validations/appointment.ts), so what these components send cannot drift from what the server parses.
export {
  checkInAppointment,
  completeAppointment,
  cancelAppointment,
  markNoShow,
  listRescheduleProviders,
  rescheduleSlots,
  rescheduleAppointment,
} from "@/app/(staff)/appointments/actions";
