// The booking components reach the server through this one module. The actions' parameter types come from the zod
// schemas (lib/validations/booking.ts), so what these components send cannot drift from what the server parses.
export {
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
} from "@/app/(staff)/booking/actions";
