import { TZDate } from "@date-fns/tz";
import { subDays, subHours } from "date-fns";

/**
 * When to remind of an appointment `hours` before it, counted in the clinic's wall-clock time: whole days keep the
 * local time of day (a 10:00 Monday appointment is reminded at 10:00 on Sunday, 23 or 25 real hours before when the
 * clocks change in between), the rest are real hours.
 */
export function reminderSendAt(startsAt: Date, timeZone: string, hours: number): Date {
  const local = new TZDate(startsAt.getTime(), timeZone);
  const days = Math.floor(hours / 24);
  return new Date(subHours(subDays(local, days), hours % 24).getTime());
}
