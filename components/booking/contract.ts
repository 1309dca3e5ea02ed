import type { ActionResult } from "@/lib/action-result";
import type {
  BookingOptions,
  ClinicOption,
  ConfirmedBatch,
  FitCheck,
  MoveAlternatives,
  PackageOptions,
  PatientOption,
  PlanPreview,
  ProviderOption,
  ServiceOption,
  SessionChoice,
  SlotOption,
  SavedPreferences,
} from "@/lib/booking/types";

/** What the patient said, as the Auto Schedule step sends it (ZPatientChoicesSchema). */
export type PatientChoices = SavedPreferences & { startFrom?: string };

/** The booking server actions as these components call them (app/(staff)/booking/actions.ts). */
export type BookingActions = {
  searchPatientsForBooking(q: string): Promise<ActionResult<PatientOption[]>>;
  loadPackageOptions(patientId: string): Promise<ActionResult<PackageOptions>>;
  checkTemplateFit(input: { patientId: string; packageId: string }): Promise<ActionResult<FitCheck>>;
  assignPackage(input: { patientId: string; packageId: string; idempotencyKey: string }): Promise<ActionResult<{ purchaseId: string }>>;
  loadBookingOptions(input: { purchaseId: string; clinicIds?: string[]; moveAppointmentIds?: string[] }): Promise<ActionResult<BookingOptions>>;
  autoSchedule(input: {
    purchaseId: string;
    clinicIds: string[];
    providerIds: string[];
    count?: number;
    moveAppointmentIds?: string[];
    choices?: PatientChoices;
  }): Promise<ActionResult<PlanPreview>>;
  alternativesFor(input: {
    purchaseId: string;
    clinicIds: string[];
    providerIds: string[];
    sessions: SessionChoice[];
    index: number;
    moveAppointmentIds?: string[];
    choices?: PatientChoices;
    from?: string;
  }): Promise<ActionResult<MoveAlternatives>>;
  confirmPlan(input: { purchaseId: string; idempotencyKey: string; sessions: SessionChoice[]; moveAppointmentIds?: string[] }): Promise<ActionResult<ConfirmedBatch>>;
  listServicesForSingle(input: { clinicId?: string }): Promise<ActionResult<ServiceOption[]>>;
  listClinicsForSingle(input: { serviceId: string }): Promise<ActionResult<ClinicOption[]>>;
  listProvidersForSingle(input: { serviceId: string; clinicId: string }): Promise<ActionResult<ProviderOption[]>>;
  freeSlots(input: {
    patientId: string;
    serviceId: string;
    clinicId: string;
    providerId: string;
    from?: string;
  }): Promise<ActionResult<SlotOption[]>>;
  bookSingle(input: { patientId: string; idempotencyKey: string; slot: SessionChoice }): Promise<ActionResult<ConfirmedBatch>>;
};
