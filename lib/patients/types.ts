// Patient shapes shared by services, queries and components (types only).

/** A patient that a new one may duplicate (same name and date of birth), as the form lists them. */
export type DuplicatePatient = { id: string; firstName: string; lastName: string; identifier: string; active: boolean };

/** Who a patient is, as every list and heading names them. */
export type PatientIdentity = { id: string; firstName: string; lastName: string; identifier: string; dateOfBirth: Date };

/** A stored patient as the patient form edits it. */
export type PatientForEdit = {
  firstName: string;
  lastName: string;
  dateOfBirth: Date;
  email: string | null;
  phone: string | null;
  identifier: string;
  notes: string | null;
  preferredClinicId: string | null;
  preferredWeekdays: number[];
  preferredWindows: unknown;
  weekdaysOnly: boolean;
  windowsOnly: boolean;
  unavailableDates: Date[];
};

/** One row of the admin patient list. */
export type PatientListRow = PatientIdentity & {
  phone: string | null;
  email: string | null;
  preferredClinic: { name: string } | null;
};
