import "server-only";
import type { Db } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FALLBACK_TIME_ZONE } from "@/lib/booking/policy";
import { localDateKey, purchaseTimeZone } from "@/lib/packages/expiry";
import { remainingOf } from "@/lib/packages/ledger";
import { APPOINTMENT_EVENT } from "@/lib/queries/appointment-listing";
import { purchaseInClinicsWhere } from "@/lib/queries/clinic-scope";

const nextDateKey = (key: string) => new Date(Date.parse(`${key}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const maxDate = (a: string, b: string) => (a > b ? a : b);

/** A patient's purchases in the order every list of them shows: by status (active first), then newest first. */
export const PURCHASE_ORDER = [{ status: "asc" }, { purchasedAt: "desc" }] as const satisfies Prisma.PackagePurchaseOrderByWithRelationInput[];

/** A purchase as each list of a patient's purchases heads it: the package, its state and its dates. */
export const PURCHASE_HEADLINE = {
  id: true,
  packageName: true,
  status: true,
  purchasedAt: true,
  expiresAt: true,
} as const satisfies Prisma.PackagePurchaseSelect;

/** What a purchase's zone (purchaseTimeZone) and ledger totals are read from, for the pages and the services alike. */
export const PURCHASE_ZONE_AND_LEDGER = {
  package: { select: { defaultClinic: { select: { timeZone: true } } } },
  patient: { select: { preferredClinic: { select: { timeZone: true } } } },
  items: { select: { sessionsTotal: true, booked: true, completed: true, forfeited: true } },
} as const satisfies Prisma.PackagePurchaseSelect;

/**
 * A purchase's dates as its services read them: in its zone (package's default clinic, else the patient's), the
 * last usable day, and the earliest last day an extension may choose (after the current one, not already over).
 */
export function purchaseDates(expiresAt: Date, timeZone: string, now: Date) {
  const lastDay = localDateKey(new Date(expiresAt.getTime() - 1), timeZone);
  return { timeZone, lastDay, minNewLastDay: maxDate(nextDateKey(lastDay), localDateKey(now, timeZone)) };
}

/**
 * A course's booked sessions still to come, for the patient's calendar file; null when the purchase is not this
 * patient's, is another clinic's course (see purchaseInClinicsWhere), or either does not exist.
 */
export async function getCourseCalendar(prisma: Db, patientId: string, purchaseId: string, now: Date, clinicIds: readonly string[]) {
  const purchase = await prisma.packagePurchase.findFirst({
    where: { id: purchaseId, patientId, AND: [purchaseInClinicsWhere(clinicIds)] },
    select: {
      id: true,
      packageName: true,
      patient: { select: { firstName: true, lastName: true } },
      // Cancelled ones too: exported as cancelled, they leave the calendars the file was imported into.
      appointments: {
        where: { status: { in: ["SCHEDULED", "CHECKED_IN", "CANCELLED"] }, endsAt: { gt: now } },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        select: {
          ...APPOINTMENT_EVENT,
          clinic: { select: { id: true, name: true, address: true, phone: true, timeZone: true, locale: true } },
        },
      },
    },
  });
  return purchase;
}

/** A patient's purchases for the admin patient page: status, ledger totals, dates, booked sessions to come. */
export async function listPatientPurchases(prisma: Db, patientId: string, now: Date) {
  const rows = await prisma.packagePurchase.findMany({
    where: { patientId },
    orderBy: PURCHASE_ORDER,
    select: {
      ...PURCHASE_HEADLINE,
      ...PURCHASE_ZONE_AND_LEDGER,
      // What cancelling the package would cancel: sessions still to start.
      _count: { select: { appointments: { where: { status: { in: ["SCHEDULED", "CHECKED_IN"] }, startsAt: { gte: now } } } } },
    },
  });
  return rows.map(({ package: pkg, patient, items, _count, ...p }) => ({
    ...p,
    ...purchaseDates(p.expiresAt, purchaseTimeZone({ package: pkg, patient }, FALLBACK_TIME_ZONE), now),
    sessionsTotal: items.reduce((n, i) => n + i.sessionsTotal, 0),
    remaining: items.reduce((n, i) => n + remainingOf(i), 0),
    upcomingCount: _count.appointments,
  }));
}
