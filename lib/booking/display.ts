import type { AssignedPurchase, PreviewSession } from "@/lib/booking/types";
import { formats, type HourCycle } from "@/lib/format";
import { daysUntil, EXPIRY_WARNING_DAYS, remainingOf, type LedgerLine } from "@/lib/packages/ledger";

type PurchaseRow = {
  id: string;
  packageName: string;
  expiresAt: Date;
  pricePaidMinor: number;
  /** ISO 4217 of pricePaidMinor. */
  currency: string;
  items: (LedgerLine & { serviceId: string; service: { name: string } })[];
};

/** `where` is the desk's clinic (zone and locale) the purchase is shown at. */
export function toAssignedPurchase(p: PurchaseRow, now: Date, where: { timeZone: string; locale?: string }): AssignedPurchase {
  const items = p.items.map((i) => ({ serviceId: i.serviceId, serviceName: i.service.name, remaining: remainingOf(i), total: i.sessionsTotal }));
  const daysLeft = daysUntil(p.expiresAt, now);
  const f = formats(where);
  return {
    id: p.id,
    packageName: p.packageName,
    expiresAt: p.expiresAt.toISOString(),
    // The last usable day: expiry is the following local midnight.
    expiresOn: f.date(new Date(p.expiresAt.getTime() - 1)),
    daysLeft,
    expiringSoon: daysLeft <= EXPIRY_WARNING_DAYS,
    pricePaid: f.price(p.pricePaidMinor, p.currency),
    items,
    remainingTotal: items.reduce((n, i) => n + i.remaining, 0),
  };
}

export function toPreviewSession(
  s: { serviceId: string; providerId: string; clinicId: string; start: string; end: string },
  names: { service: (id: string) => string; provider: (id: string) => string; clinic: (id: string) => { name: string; timeZone: string; locale?: string } },
  hourCycle?: HourCycle | null,
): PreviewSession {
  const clinic = names.clinic(s.clinicId);
  const start = new Date(s.start);
  const end = new Date(s.end);
  const f = formats({ timeZone: clinic.timeZone, locale: clinic.locale, hourCycle });
  return {
    serviceId: s.serviceId,
    providerId: s.providerId,
    clinicId: s.clinicId,
    start: start.toISOString(),
    end: end.toISOString(),
    serviceName: names.service(s.serviceId),
    providerName: names.provider(s.providerId),
    clinicName: clinic.name,
    timeZone: clinic.timeZone,
    dateLabel: f.weekdayDate(start),
    timeLabel: f.timeRange(start, end),
    rangeLabel: `${f.time(start)}–${f.time(end)}`,
    zoneLabel: f.zone(start),
  };
}
