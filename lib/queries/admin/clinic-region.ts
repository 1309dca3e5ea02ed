import type { AppPrismaClient } from "@/lib/database/client";
import { isSupportedCurrency } from "@/lib/format";

/** A clinic's locale and currency, the currencies active templates are priced in, and every currency, for the region form. */
export async function clinicRegion(prisma: AppPrismaClient, id: string) {
  const [clinic, currencies] = await Promise.all([
    prisma.clinic.findUnique({ where: { id }, select: { id: true, locale: true, currency: true } }),
    prisma.package.groupBy({ by: ["currency"], where: { active: true }, _count: { _all: true }, orderBy: { currency: "asc" } }),
  ]);
  if (!clinic) return null;
  return {
    ...clinic,
    templateCurrencies: currencies.map((c) => ({ currency: c.currency, templates: c._count._all })),
    // The server's list (the one the action validates against), so the page renders the same options as it hydrates.
    currencies: currencyOptions(),
  };
}

let options: { code: string; name: string }[] | null = null;
function currencyOptions() {
  if (options) return options;
  const names = new Intl.DisplayNames(["en"], { type: "currency" });
  options = Intl.supportedValuesOf("currency")
    .filter(isSupportedCurrency)
    .map((code) => ({ code, name: names.of(code) ?? code }));
  return options;
}
