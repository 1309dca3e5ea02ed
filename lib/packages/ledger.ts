/** A purchase's per-service ledger line. remaining = total − booked − completed − forfeited. */
export type LedgerLine = { sessionsTotal: number; booked: number; completed: number; forfeited: number };

export function remainingOf(line: LedgerLine): number {
  return line.sessionsTotal - line.booked - line.completed - line.forfeited;
}

export function usedOf(line: LedgerLine): number {
  return line.booked + line.completed + line.forfeited;
}

export const EXPIRY_WARNING_DAYS = 14;

export function daysUntil(instant: Date, now: Date): number {
  return Math.ceil((instant.getTime() - now.getTime()) / 86_400_000);
}
