import type { Db } from "@/lib/database/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What a package sells and on which terms, as the sale rules read them (price, validity, sale end, per-patient limit). */
export const PACKAGE_TERMS = {
  id: true,
  name: true,
  priceMinor: true,
  currency: true,
  validityDays: true,
  saleEndsOn: true,
  maxActivePerPatient: true,
} as const satisfies Prisma.PackageSelect;

export type DeskClinic = { id: string; name: string; locale: string; currency: string; serviceIds: Set<string> };

/** The active clinics a user books for, with the services each offers (one query). */
export async function deskClinics(prisma: Db, clinicIds: string[]): Promise<DeskClinic[]> {
  const rows = await prisma.clinic.findMany({
    where: { id: { in: clinicIds }, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, locale: true, currency: true, services: { select: { serviceId: true } } },
  });
  return rows.map((c) => ({ id: c.id, name: c.name, locale: c.locale, currency: c.currency, serviceIds: new Set(c.services.map((s) => s.serviceId)) }));
}

const list = (names: string[]) => (names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`);

/**
 * Why a template cannot be sold at this desk: none of the user's clinics offers every service in it (so its course
 * could not be booked there). Null when one clinic does. The closest clinic is named with what it lacks.
 */
export function notSellableReason(items: { serviceId: string; serviceName: string }[], clinics: DeskClinic[], currency: string): string | null {
  if (clinics.length === 0) return "You are not a member of any open clinic, so it cannot be booked from this desk.";
  // A price belongs to a currency: a template is sold only at clinics that sell in it (docs/locale.md).
  const inCurrency = clinics.filter((c) => c.currency === currency);
  if (inCurrency.length === 0) {
    const theirs = [...new Set(clinics.map((c) => c.currency))].join(" or ");
    return `Priced in ${currency}: ${clinics.length === 1 ? `${clinics[0].name} sells` : "your clinics sell"} in ${theirs}.`;
  }
  clinics = inCurrency;
  let closest: { clinic: DeskClinic; missing: string[] } | null = null;
  for (const clinic of clinics) {
    const missing = items.filter((i) => !clinic.serviceIds.has(i.serviceId)).map((i) => i.serviceName);
    if (missing.length === 0) return null;
    if (!closest || missing.length < closest.missing.length) closest = { clinic, missing };
  }
  const { clinic, missing } = closest!;
  return clinics.length === 1
    ? `Not sold at ${clinic.name}: it does not offer ${list(missing)}.`
    : `Not sold at your clinics: none offers all of it (${clinic.name} has no ${list(missing)}).`;
}

/** assignPackage's version of the rule: the same sentence, as a refusal. */
export async function assertSellable(prisma: Db, clinicIds: string[], packageId: string): Promise<void> {
  const [template, clinics] = await Promise.all([
    prisma.package.findUnique({ where: { id: packageId }, select: { currency: true, items: { select: { serviceId: true, service: { select: { name: true } } } } } }),
    deskClinics(prisma, clinicIds),
  ]);
  if (!template) return; // the transaction says "no longer exists"
  const reason = notSellableReason(template.items.map((i) => ({ serviceId: i.serviceId, serviceName: i.service.name })), clinics, template.currency);
  if (reason) throw new AppError("NOT_AVAILABLE", reason);
}
