import { z } from "zod";
import { zCheckbox, zFormInt, zId, zMoneyMinor, zName } from "@/lib/validations/common";

export const zColour = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "Pick a colour, written like #2563eb.")
  .transform((c) => c.toLowerCase());

export const ZServiceSchema = z.object({
  name: zName("service name"),
  durationMin: zFormInt("Enter the duration in whole minutes.", (n) =>
    n.min(1, "The duration must be at least 1 minute.").max(1440, "The duration must be at most 1440 minutes (a day)."),
  ),
  bufferAfterMin: zFormInt("Enter the buffer in whole minutes.", (n) =>
    n.min(0, "The buffer cannot be negative.").max(480, "The buffer must be at most 480 minutes."),
  ),
  price: zMoneyMinor,
  colour: zColour,
  active: zCheckbox,
});

export const ZServiceUpdateSchema = ZServiceSchema.extend({ id: zId });

/** What the form holds (strings as typed). */
export type TServiceFormValues = z.input<typeof ZServiceSchema>;
export type TServiceInput = z.output<typeof ZServiceSchema>;
export type TServiceUpdateInput = z.output<typeof ZServiceUpdateSchema>;
