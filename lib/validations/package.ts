import { z } from "zod";
import { flagRepeats, zCheckbox, zId, zIdSet, zMoneyMinor, zName, zOptionalText, zPositiveInt } from "@/lib/validations/common";
import { LIMITS } from "@/lib/validations/limits";

/** Empty form fields mean "not set". */
const blankToNull = (v: unknown) => (v === "" || v === undefined ? null : v);

const zOptionalPositiveInt = (what: string, max: number) => z.preprocess(blankToNull, zPositiveInt(what, max).nullable());

const zOptionalId = z.preprocess(blankToNull, zId.nullable());

/** A local calendar date, "YYYY-MM-DD", that exists. */
export const zLocalDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date like 2026-12-31.")
  .refine((v) => {
    const date = new Date(`${v}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? !/^\d{4}-\d{2}-\d{2}$/.test(v) : date.toISOString().startsWith(v);
  }, "That date does not exist.");

export const ZPackageItemSchema = z.object({
  serviceId: z.string().trim().min(1, "Pick a service.").max(LIMITS.idLength, "Invalid id."),
  sessions: zPositiveInt("number of sessions", 200),
});

export const ZPackageSchema = z.object({
  name: zName("package name"),
  description: zOptionalText(LIMITS.textLength),
  price: zMoneyMinor,
  /** ISO 4217; the service also requires a currency one of the group's active clinics sells in. */
  currency: z
    .string({ message: "Choose the currency the package is priced in." })
    .trim()
    .regex(/^[A-Z]{3}$/, "Choose the currency the package is priced in."),
  validityDays: zPositiveInt("validity in days", 3650),
  active: zCheckbox,
  saleEndsOn: z.preprocess(blankToNull, zLocalDate.nullable()),
  items: z
    .array(ZPackageItemSchema, { message: "Add at least one service to the package." })
    .min(1, "Add at least one service to the package.")
    .max(LIMITS.packageItems, `A package can hold at most ${LIMITS.packageItems} services.`)
    .superRefine((items, ctx) =>
      flagRepeats(ctx, items, (item) => item.serviceId, (i) => [i, "serviceId"], "This service is already in the package; change its sessions instead."),
    ),
  defaultClinicId: zOptionalId,
  providerIds: zIdSet(LIMITS.pickedIds, "providers"),
  minDaysBetween: zOptionalPositiveInt("minimum days between sessions", 365),
  maxPerWeek: zOptionalPositiveInt("maximum sessions per week", 14),
  maxActivePerPatient: z.preprocess((v) => (v === "" || v === undefined ? 1 : v), zPositiveInt("limit of active purchases per patient", 100)),
});

/** What the form holds (strings from inputs) and what the service receives (parsed). */
export type TPackageInput = z.input<typeof ZPackageSchema>;
export type TPackage = z.output<typeof ZPackageSchema>;

export const ZPackageIdSchema = z.object({ id: zId });
