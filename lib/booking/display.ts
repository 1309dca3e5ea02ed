import type { AssignedPurchase, PreviewSession } from "@/lib/booking/types";
import { formatDate, formatTime, zoneLabel } from "@/lib/format";
import { formatPrice } from "@/lib/packages/summary";
import { daysUntil, EXPIRY_WARNING_DAYS, remainingOf, type LedgerLine } from "@/lib/packages/ledger";

type PurchaseRow = {
  id: string;
  packageName: string;
  expiresAt: Date;
  pricePaidMinor: number;
  items: (LedgerLine & { serviceId: string; service: { name: string } })[];
};

export function toAssignedPurchase(p: PurchaseRow, now: Date, timeZone: string, currency: string): AssignedPurchase {
  const items = p.items.map((i) => ({ serviceId: i.serviceId, serviceName: i.service.name, remaining: remainingOf(i), total: i.sessionsTotal }));
  const daysLeft = daysUntil(p.expiresAt, now);
  return {
    id: p.id,
    packageName: p.packageName,
    expiresAt: p.expiresAt.toISOString(),
    // The last usable day: expiry is the following local midnight.
    expiresOn: formatDate(new Date(p.expiresAt.getTime() - 1), timeZone),
    daysLeft,
    expiringSoon: daysLeft <= EXPIRY_WARNING_DAYS,
    pricePaid: formatPrice(p.pricePaidMinor, currency),
    items,
    remainingTotal: items.reduce((n, i) => n + i.remaining, 0),
  };
}

export function toPreviewSession(
  s: { serviceId: string; providerId: string; clinicId: string; start: string; end: string },
  names: { service: (id: string) => string; provider: (id: string) => string; clinic: (id: string) => { name: string; timeZone: string } },
): PreviewSession {
  const clinic = names.clinic(s.clinicId);
  const start = new Date(s.start);
  const end = new Date(s.end);
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
    dateLabel: new Intl.DateTimeFormat("en-GB", { timeZone: clinic.timeZone, weekday: "short", day: "numeric", month: "short", year: "numeric" }).format(start),
    timeLabel: `${formatTime(start, clinic.timeZone)}–${formatTime(end, clinic.timeZone)} ${zoneLabel(start, clinic.timeZone)}`,
  };
}
