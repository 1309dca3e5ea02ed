/** A purchase's per-service ledger line. remaining = total − booked − completed − forfeited. */
export type LedgerLine = { sessionsTotal: number; booked: number; completed: number; forfeited: number };

export function remainingOf(line: LedgerLine): number {
  return line.sessionsTotal - line.booked - line.completed - line.forfeited;
}

export const EXPIRY_WARNING_DAYS = 14;

export function daysUntil(instant: Date, now: Date): number {
  return Math.ceil((instant.getTime() - now.getTime()) / 86_400_000);
}

/** What one appointment of a course says about its ledger line. */
export type LedgerAppointment = { status: "SCHEDULED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW"; forfeitsSession: boolean };

/**
 * The ledger as its appointments say it is: booked = scheduled or checked in, completed = completed, forfeited =
 * cancelled or missed sessions that were lost by clinic policy. The stored ledger must always equal this.
 */
export function ledgerFromAppointments(appointments: readonly LedgerAppointment[]): Omit<LedgerLine, "sessionsTotal"> {
  let booked = 0;
  let completed = 0;
  let forfeited = 0;
  for (const a of appointments) {
    if (a.status === "SCHEDULED" || a.status === "CHECKED_IN") booked += 1;
    else if (a.status === "COMPLETED") completed += 1;
    else if (a.forfeitsSession) forfeited += 1;
  }
  return { booked, completed, forfeited };
}

/** Every session is completed or forfeited: the course is over. */
export function isFullyUsed(lines: readonly LedgerLine[]): boolean {
  return lines.every((l) => l.completed + l.forfeited >= l.sessionsTotal);
}
