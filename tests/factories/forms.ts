// What the admin forms submit (text as typed), for validation and action tests: one valid form, changed per test.
import type { TClinicFormValues } from "@/lib/validations/clinic";
import type { TPatientInput } from "@/lib/validations/patient";

// No reminder hours or e-mail settings: a form without them gets the defaults (tests/unit/validations/clinic-email.test.ts).
const CLINIC_FORM = {
  name: "Bristol Harbourside",
  address: "1 Quay St, Bristol",
  phone: "0117 496 0000",
  timeZone: "Europe/London",
  hours: [{ weekday: 1, start: "08:00", end: "12:00" }],
  closures: [],
  serviceIds: [],
  lateCancelWindowHours: "24",
  lateCancelForfeits: true,
  noShowForfeits: false,
  active: true,
} satisfies Partial<TClinicFormValues>;

/** A valid clinic form (Bristol Harbourside, open Monday mornings), with `change` applied: valid or not, as the test needs. */
export function clinicForm<C extends Record<string, unknown>>(change: C = {} as C): Omit<typeof CLINIC_FORM, keyof C> & C {
  return { ...CLINIC_FORM, ...change };
}

const PATIENT_FORM = {
  firstName: "Anna",
  lastName: "Smith",
  dateOfBirth: "1985-06-15",
  email: "anna@example.com",
  phone: "07700 900123",
  identifier: "CAD-000123",
  notes: "Prefers the ground floor.",
  preferredClinicId: "",
  preferredWeekdays: [1, 3],
  preferredWindows: [{ start: "09:00", end: "12:00" }],
  confirmDuplicate: false,
} satisfies TPatientInput;

/** A valid patient form (Anna Smith, CAD-000123, Monday and Wednesday mornings preferred), with `change` applied. */
export function patientForm(change: Partial<TPatientInput> = {}): TPatientInput {
  return { ...PATIENT_FORM, ...change };
}
