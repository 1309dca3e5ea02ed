import type { Db } from "@/lib/database/client";

/** Used when the settings row is missing (it is inserted by the migration that created the table). */
export const DEFAULT_TRAVEL_MINUTES = 60;

/** The group's travel time between clinics (planner rule 10), from the one-row group_settings table. */
export async function travelMinutes(db: Db): Promise<number> {
  const row = await db.groupSettings.findUnique({ where: { id: 1 }, select: { travelMinutes: true } });
  return row?.travelMinutes ?? DEFAULT_TRAVEL_MINUTES;
}
