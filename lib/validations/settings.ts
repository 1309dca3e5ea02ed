import { z } from "zod";

/** The group's travel time between clinics, in minutes (0 turns the rule off); the database checks 0–600 too. */
export const ZTravelSchema = z.object({
  travelMinutes: z.coerce
    .number({ message: "Enter the travel time in minutes." })
    .int("Enter whole minutes.")
    .min(0, "The travel time cannot be negative.")
    .max(600, "Keep the travel time to at most 600 minutes (10 hours)."),
});
