/**
 * Every size limit on what a request may carry, in one place (docs/security.md lists them). A server action is a
 * public endpoint: each array, string and number it accepts is bounded here, so that one request does a bounded,
 * small amount of work. The numbers are generous for real use and far below what would hurt an instance.
 */
export const LIMITS = {
  /** Request body of a server action (also enforced in proxy.ts with a 413). */
  bodyBytes: 1024 * 1024,
  bodyLabel: "1 MB",

  /** Ids are cuids (25 characters); anything longer is not one of ours. */
  idLength: 64,
  nameLength: 120,
  /** Free text: descriptions, addresses. */
  textLength: 2000,
  /** A patient's notes. */
  notesLength: 4000,
  /** Short text next to an item: closure and time-off reasons. */
  shortTextLength: 200,
  /** Why an appointment or package was cancelled or extended. */
  reasonLength: 500,
  emailLength: 200,
  passwordLength: 200,
  searchLength: 100,
  /** Idempotency keys are UUIDs (36 characters). */
  requestKeyLength: 100,

  /** Intervals in one weekly timetable (clinic hours, a provider's hours at one clinic): 10 a day. */
  weeklyIntervals: 70,
  /** Clinics one provider works at (and so timetables in one provider form). */
  providerClinics: 50,
  /**
   * All of a provider's weekly availability intervals together, across clinics (20 clinics × 5 intervals), and
   * their time-off periods. These, and closures, are saved as rows (and time off converted from the clinic's wall
   * clock) in the same request, so they are kept to what a real form holds and what one request may cost: 200 of
   * each cost ~0.2 s of CPU on a busy 2-core machine, so half of that keeps the largest form near the ~100 ms a
   * request may hold the event loop.
   */
  availabilityIntervals: 100,
  timeOffPeriods: 100,
  /** A clinic's closure days (holidays, training days): more than six months of them. */
  closures: 200,
  packageItems: 20,
  /** Services, providers or clinics picked in one form. */
  pickedIds: 500,
  staffClinics: 200,
  preferredWindows: 6,
  /** Booking: clinics or providers chosen for one plan, sessions in one plan, sessions moved while re-planning. */
  bookingChoices: 100,
  planSessions: 200,

  /**
   * Money in minor units. The column is a 32-bit integer (max 21,474,836.47); no treatment package costs more than
   * a million, so the domain limit is far below the column's.
   */
  priceMinor: 100_000_000,
  /** A money field's text ("£1,000,000.00" has 13 characters). */
  moneyTextLength: 20,
  /** A number typed into a form: digits, a sign and a decimal point. */
  numberTextLength: 20,
} as const;
