// The booking components reach the server through this one module. Assigning the lead's actions to the
// contract type makes any drift between the two a compile error here, not a runtime surprise in the modal.
import * as server from "@/app/(staff)/booking/actions";
import type { BookingActions } from "./contract";

const actions: BookingActions = server;

export const {
  searchPatientsForBooking,
  loadPackageOptions,
  checkTemplateFit,
  assignPackage,
  loadBookingOptions,
  autoSchedule,
  alternativesFor,
  confirmPlan,
  listServicesForSingle,
  listClinicsForSingle,
  listProvidersForSingle,
  freeSlots,
  bookSingle,
} = actions;
