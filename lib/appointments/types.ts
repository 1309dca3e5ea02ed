/**
 * What the appointment actions (check in, complete, cancel, no-show, reschedule) and the purchase actions send to
 * the browser: plain and serialisable. The calendar and the patient page are built on these.
 */
export type AppointmentStatus = "SCHEDULED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW";

/** What a status change did to the package: a session came back, was used up, was lost, or nothing changed. */
export type LedgerEffect = "returned" | "consumed" | "forfeited" | "none";

export type AppointmentOutcome = {
  appointmentId: string;
  patientId: string;
  status: AppointmentStatus;
  purchaseId: string | null;
  ledgerEffect: LedgerEffect;
  /** One sentence for staff, e.g. "Cancelled. The session went back to “Physio Recovery 6” (3 left)." */
  message: string;
  /** Set when the rest of the course can be re-planned (a package session was cancelled and returned). */
  replanPurchaseId: string | null;
};

/** Which lifecycle actions the current user may take on an appointment now, with the reason when not. */
export type AvailableActions = {
  checkIn: boolean;
  complete: boolean;
  cancel: boolean;
  noShow: boolean;
  reschedule: boolean;
  /**
   * When cancelling becomes late (ISO instant) and what the dialog then says: a page can stay open across that
   * moment, so the dialog decides with the clock at the time it opens.
   */
  lateCancelFrom: string | null;
  lateCancelWarning: string | null;
  /** What a no-show does to the package session by this clinic's policy (null without a package). */
  noShowNotice: string | null;
};

/** One appointment as the action dialogs describe it. Times are ISO instants, shown in `timeZone` (the clinic's). */
export type AppointmentSummary = {
  id: string;
  patientName: string;
  serviceName: string;
  providerName: string;
  /** Preselects the current provider in the reschedule dialog; without it the provider is matched by name. */
  providerId?: string;
  clinicName: string;
  timeZone: string;
  /** The clinic's BCP 47 locale; en-GB when absent. */
  locale?: string;
  startsAt: string;
  endsAt: string;
  status: AppointmentStatus;
  packageName: string | null;
};

export type PurchaseOutcome = { purchaseId: string; patientId: string; status: "ACTIVE" | "COMPLETED" | "EXPIRED" | "CANCELLED"; message: string };

/** A booked appointment that a provider's time off now overlaps. */
export type TimeOffClash = {
  appointmentId: string;
  patientId: string;
  patientName: string;
  serviceName: string;
  clinicName: string;
  purchaseId: string | null;
  /** "Tue 3 Mar 2026" and "09:00–09:45 GMT" in the clinic's zone */
  dateLabel: string;
  timeLabel: string;
};

/** An appointment as the calendar and a patient's tables list it: when, its state, what, with whom, and its package. */
export type AppointmentListing = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  purchaseId: string | null;
  packageName: string | null;
  service: { name: string; colour: string };
  provider: { id: string; name: string };
};

/** A row of a patient's appointment tables, with the lifecycle actions open to staff now (null: none). */
export type PatientAppointmentRow = AppointmentListing & {
  clinic: { id: string; name: string; timeZone: string; locale: string };
  actions: AvailableActions | null;
};

/** A session of a course, for its timeline on the purchase card. */
export type CourseSession = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  forfeitsSession: boolean;
  serviceName: string;
  providerName: string;
  clinicName: string;
  timeZone: string;
  /** The clinic's; en-GB when absent. */
  locale?: string;
};
