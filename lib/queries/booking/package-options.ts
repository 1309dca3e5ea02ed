import type { Db } from "@/lib/database/client";
import type { AvailableTemplate, PackageOptions } from "@/lib/booking/types";
import { FALLBACK_TIME_ZONE } from "@/lib/booking/policy";
import { AppError } from "@/lib/errors";
import { formatCalendarDate, fullName } from "@/lib/format";
import { dateColumnKey, localDateKey } from "@/lib/packages/expiry";
import { remainingOf } from "@/lib/packages/ledger";
import { formatPrice, packageSummary } from "@/lib/packages/summary";
import { toAssignedPurchase } from "@/lib/booking/display";
import { deskClinics, notSellableReason, PACKAGE_TERMS } from "./sellable";

/**
 * The Use Package modal's two groups for one patient, in three queries: the patient, their live purchases, and every
 * active template (and the desk's clinics). A template the patient may not take, or this desk cannot sell (no clinic of
 * the user offers all its services), is listed with the reason.
 */
export async function packageOptions(
  prisma: Db,
  patientId: string,
  now: Date,
  deskClinicIds: string[],
): Promise<PackageOptions> {
  const [patient, purchases, templates, clinics] = await Promise.all([
    prisma.patient.findUnique({
      where: { id: patientId },
      select: { id: true, firstName: true, lastName: true, identifier: true, dateOfBirth: true, active: true, preferredClinic: { select: { id: true, timeZone: true } } },
    }),
    prisma.packagePurchase.findMany({
      where: { patientId, status: "ACTIVE", expiresAt: { gt: now } },
      orderBy: { expiresAt: "asc" },
      select: {
        id: true,
        packageId: true,
        packageName: true,
        expiresAt: true,
        pricePaidMinor: true,
        currency: true,
        // Whose course it is (purchaseInClinicsWhere's rule): another clinic's course is not continued from this desk.
        package: { select: { defaultClinicId: true } },
        appointments: { where: { clinicId: { in: deskClinicIds } }, select: { id: true }, take: 1 },
        _count: { select: { appointments: true } },
        items: {
          orderBy: { service: { name: "asc" } },
          select: { serviceId: true, sessionsTotal: true, booked: true, completed: true, forfeited: true, service: { select: { name: true } } },
        },
      },
    }),
    prisma.package.findMany({
      where: { active: true },
      orderBy: { name: "asc" },
      select: {
        ...PACKAGE_TERMS,
        description: true,
        items: { orderBy: { sessions: "desc" }, select: { sessions: true, serviceId: true, service: { select: { name: true, durationMin: true } } } },
      },
    }),
    deskClinics(prisma, deskClinicIds),
  ]);
  if (!patient || !patient.active) throw new AppError("NOT_FOUND", "This patient was not found. Search again.");

  const zone = patient.preferredClinic?.timeZone ?? FALLBACK_TIME_ZONE;
  // Shown in the desk's own way of writing: the patient's clinic when it is one of the desk's, else the desk's first.
  const locale = (clinics.find((c) => c.id === patient.preferredClinic?.id) ?? clinics[0])?.locale;
  const where = { timeZone: zone, locale };
  const today = localDateKey(now, zone);
  const activeByTemplate = new Map<string, number>();
  for (const p of purchases) activeByTemplate.set(p.packageId, (activeByTemplate.get(p.packageId) ?? 0) + 1);

  const available: AvailableTemplate[] = templates.map((t) => {
    const items = t.items.map((i) => ({ serviceName: i.service.name, sessions: i.sessions, durationMin: i.service.durationMin }));
    const held = activeByTemplate.get(t.id) ?? 0;
    let disabledReason: string | null = null;
    if (t.saleEndsOn && dateColumnKey(t.saleEndsOn) < today) {
      disabledReason = `Sale ended on ${formatCalendarDate(t.saleEndsOn, locale)}.`;
    } else if (held >= t.maxActivePerPatient) {
      disabledReason = `Limit reached: this patient already has ${held} active ${t.maxActivePerPatient === 1 ? "purchase" : "purchases"} of this package (at most ${t.maxActivePerPatient}).`;
    } else {
      disabledReason = notSellableReason(t.items.map((i) => ({ serviceId: i.serviceId, serviceName: i.service.name })), clinics, t.currency);
    }
    return {
      id: t.id,
      name: t.name,
      summary: packageSummary({ items, validityDays: t.validityDays, priceMinor: t.priceMinor, currency: t.currency, locale }),
      description: t.description,
      price: formatPrice(t.priceMinor, t.currency, locale),
      validityDays: t.validityDays,
      items,
      disabledReason,
    };
  });

  return {
    patient: { id: patient.id, name: fullName(patient), identifier: patient.identifier, dateOfBirth: formatCalendarDate(patient.dateOfBirth, locale) },
    assigned: purchases
      .filter((p) => p.items.some((i) => remainingOf(i) > 0) && isDesksCourse(p, deskClinicIds))
      .map((p) => toAssignedPurchase(p, now, where)),
    available,
  };
}

/** The in-memory form of purchaseInClinicsWhere (lib/queries/clinic-scope.ts) for the rows read above. */
function isDesksCourse(
  p: { package: { defaultClinicId: string | null }; appointments: { id: string }[]; _count: { appointments: number } },
  deskClinicIds: readonly string[],
): boolean {
  if (p.appointments.length > 0) return true;
  if (p.package.defaultClinicId !== null) return deskClinicIds.includes(p.package.defaultClinicId);
  return p._count.appointments === 0;
}
