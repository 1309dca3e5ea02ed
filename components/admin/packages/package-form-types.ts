export type PackageFormValues = {
  name: string;
  description: string;
  price: string;
  currency: string;
  validityDays: string;
  active: boolean;
  saleEndsOn: string;
  items: { serviceId: string; sessions: string }[];
  defaultClinicId: string;
  providerIds: string[];
  minDaysBetween: string;
  maxPerWeek: string;
  maxActivePerPatient: string;
};

export type PackageFormOptionsProp = {
  services: { id: string; name: string; durationMin: number; active: boolean }[];
  clinics: { id: string; name: string; active: boolean }[];
  providers: { id: string; name: string; title: string | null; active: boolean; serviceIds: string[] }[];
  /** The currencies the active clinics sell in. */
  currencies: string[];
};

/** Providers who can deliver part of the package: qualified for at least one of its services. */
export function eligibleProviders(values: Pick<PackageFormValues, "items">, providers: PackageFormOptionsProp["providers"]) {
  const serviceIds = values.items.map((i) => i.serviceId).filter(Boolean);
  return providers.filter((p) => p.serviceIds.some((id) => serviceIds.includes(id)));
}
