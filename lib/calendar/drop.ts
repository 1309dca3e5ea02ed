import { zonedInstant } from "./range";

// Drag to reschedule: from where a block is dropped to the reschedule request. Pure and safe in the browser; the
// server decides whether the time is free (the same checks as the Reschedule dialog).

/** The column a block is dropped on: a day, and in the day view (or one provider's week) a provider. */
export type DropColumn = { date: string; providerId: string | null };

export type Move = { appointmentId: string; providerId: string; start: string };

/**
 * The move a drop asks for: the dropped wall-clock minute on the column's local date in the clinic's zone (on a DST
 * day too), with the column's provider or, in a column of every provider, the block's own. Null when it is where
 * it was (nothing to confirm).
 */
export function moveFor(
  block: { id: string; providerId: string; startsAt: string },
  column: DropColumn,
  minute: number,
  timeZone: string,
): Move | null {
  const start = zonedInstant(column.date, minute, timeZone).toISOString();
  const providerId = column.providerId ?? block.providerId;
  if (providerId === block.providerId && Date.parse(start) === Date.parse(block.startsAt)) return null;
  return { appointmentId: block.id, providerId, start };
}
