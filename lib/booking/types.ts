/**
 * What the booking actions send to the browser: plain, serialisable, already formatted for display in each
 * clinic's time zone. The Use Package modal and the single-session dialog are built on these. What the browser
 * sends is declared once, by the zod schemas in lib/validations/booking.ts.
 */
import type { ZSessionChoiceSchema } from "@/lib/validations/booking";
import type { TSchedulingPreferences } from "@/lib/validations/patient";
import type { z } from "zod";

export type PatientOption = {
  id: string;
  name: string;
  identifier: string;
  /** e.g. "4 Apr 1968" */
  dateOfBirth: string;
  /** What the patient told the desk ("Works night shifts; mornings only"), shown while booking. */
  notes?: string | null;
};

export type LedgerItem = { serviceId: string; serviceName: string; remaining: number; total: number };

export type AssignedPurchase = {
  id: string;
  packageName: string;
  /** ISO instant */
  expiresAt: string;
  /** e.g. "22 Feb 2027" */
  expiresOn: string;
  daysLeft: number;
  /** Expiry is within the warning window (14 days). */
  expiringSoon: boolean;
  pricePaid: string;
  items: LedgerItem[];
  remainingTotal: number;
};

export type AvailableTemplate = {
  id: string;
  name: string;
  /** "6 × Physiotherapy 45 min + 1 × Initial Assessment 60 min · 90 days · £420" */
  summary: string;
  description: string | null;
  price: string;
  validityDays: number;
  items: { serviceName: string; sessions: number; durationMin: number }[];
  /** Why this patient may not take it now ("Limit reached: …", "Sale ended on …"), or null. */
  disabledReason: string | null;
};

export type PackageOptions = {
  patient: PatientOption;
  assigned: AssignedPurchase[];
  available: AvailableTemplate[];
};

export type ClinicOption = {
  id: string;
  name: string;
  timeZone: string;
  /** Street and city, so a desk tells its clinics apart by place rather than by time zone. */
  address: string | null;
  /** "full": offers every remaining service; "partial": some of them (listed in missingServices). */
  coverage: "full" | "partial";
  missingServices: string[];
};

export type ProviderOption = {
  id: string;
  name: string;
  title: string | null;
  clinicIds: string[];
  /** Remaining services of the purchase this provider is qualified for. */
  serviceNames: string[];
  /** Has treated this patient before. */
  previous: boolean;
};

export type BookingOptions = {
  purchase: AssignedPurchase;
  clinics: ClinicOption[];
  /** Eligible for the selected clinics (see loadBookingOptions' clinicIds). */
  providers: ProviderOption[];
  defaults: { clinicIds: string[]; providerIds: string[] };
  /** The patient's notes and saved scheduling preferences, to prefill the Auto Schedule step. */
  patient: { id: string; notes: string | null; preferences: SavedPreferences };
};

/** A patient's saved scheduling preferences, in the shape the preferences form saves them. */
export type SavedPreferences = TSchedulingPreferences;

/** A session as the browser sends it back (for alternatives and confirmation). */
export type SessionChoice = z.output<typeof ZSessionChoiceSchema>;

export type PreviewSession = SessionChoice & {
  end: string;
  serviceName: string;
  providerName: string;
  clinicName: string;
  timeZone: string;
  /** e.g. "Tue 3 Mar 2026" and "09:00–09:45 GMT", in the clinic's zone, locale and the user's hour cycle */
  dateLabel: string;
  timeLabel: string;
  /** The times without the zone ("09:00–09:45", "9:00 AM–9:45 AM") and the zone ("GMT"), for compact slot lists. */
  rangeLabel: string;
  zoneLabel: string;
};

/** The preview's Move list: valid times for one session in date order, from a date, and why so few when few. */
export type MoveAlternatives = {
  slots: PreviewSession[];
  /** Local dates (YYYY-MM-DD, the session's clinic) the date jump may ask for, and the one shown from. */
  firstDate: string;
  lastDate: string;
  fromDate: string;
  /** "Times from Tue 3 Mar to Mon 9 Mar 2026 (clinic time)". */
  rangeLabel: string;
  /** A plain sentence when few or no times fit, and why. */
  note: string | null;
};

export type UnplacedPreview = { serviceId: string; serviceName: string; count: number; reason: string };

export type PlanPreview = {
  sessions: PreviewSession[];
  unplaced: UnplacedPreview[];
  /** Set when not every remaining session fits before expiry with this selection. */
  fitWarning: string | null;
};

export type FitCheck = { fits: boolean; message: string | null };

/** Where a booking started from, e.g. a free slot clicked in the calendar: the single-session path starts there. */
export type BookingContext = { clinicId: string; providerId?: string; /** ISO instant */ from: string };

export type ConfirmedBatch = { batchId: string; appointmentCount: number; patientId: string };

export type ServiceOption = { id: string; name: string; durationMin: number; colour: string };

export type SlotOption = PreviewSession;
