import { z } from "zod";
import { isSupportedCurrency } from "@/lib/format";
import { zId } from "./common";

/** The account page's choice: a 12- or 24-hour clock, or "auto" (each clinic's locale decides, stored as null). */
export const ZHourCycleSchema = z.object({
  hourCycle: z.enum(["auto", "h12", "h23"], { message: "Choose how times are shown." }),
});
export type THourCycleInput = z.infer<typeof ZHourCycleSchema>;

export const zLocale = z
  .string({ message: "Enter a language tag such as en-GB or en-US." })
  .trim()
  .min(2, "Enter a language tag such as en-GB or en-US.")
  .max(35, "Enter a language tag such as en-GB or en-US.")
  .refine((v) => {
    try {
      // A plain language-region tag: Unicode extensions (-u-ca-buddhist, -u-nu-arab) would change every date and
      // digit the clinic shows and e-mails.
      return Intl.DateTimeFormat.supportedLocalesOf([v]).length === 1 && new Intl.Locale(v).baseName === v;
    } catch {
      return false;
    }
  }, "Enter a language tag such as en-GB or en-US.");

/** A clinic's region: how its dates, times and money are written, and the currency it sells in. */
export const ZClinicRegionSchema = z.object({
  clinicId: zId,
  locale: zLocale,
  currency: z
    .string({ message: "Choose a currency." })
    .trim()
    .toUpperCase()
    .max(3, "A currency is a three-letter ISO 4217 code, like GBP or USD.")
    .refine(isSupportedCurrency, "A currency is a three-letter ISO 4217 code with two decimal places, like GBP, USD or EUR."),
});
export type TClinicRegionInput = z.infer<typeof ZClinicRegionSchema>;
