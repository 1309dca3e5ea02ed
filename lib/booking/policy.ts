/** Scheduling policy shared by Auto Schedule, single bookings and their re-checks at confirmation. */
export const MIN_NOTICE_MINUTES = 60;
export const SLOT_STEP_MINUTES = 15;
/** Appointment statuses that occupy time (the exclusion constraints use the same set). */
export const ACTIVE_APPOINTMENT_STATUSES = ["SCHEDULED", "CHECKED_IN", "COMPLETED"] as const;
/** Statuses of a course's sessions that hold a booked ledger unit. */
export const BOOKED_STATUSES = ["SCHEDULED", "CHECKED_IN"] as const;
/** Zone used for dates that belong to no particular clinic (e.g. a patient without a preferred clinic). */
export const FALLBACK_TIME_ZONE = "Europe/London";
/** How far ahead single-session slots are searched. */
export const SINGLE_SLOT_HORIZON_DAYS = 28;
