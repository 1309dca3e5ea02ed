import type { ClinicOption, ProviderOption } from "@/lib/booking/types";
import { mergeIntervals } from "@/lib/scheduling/intervals";
import { remainingServiceIds, type Course } from "@/lib/booking/course";
import type { Db } from "@/lib/database/client";

/**
 * Clinics where the course can continue: those offering every remaining service; when none does, those offering
 * some of them (marked partial). Only clinics the user may act in.
 */
export async function eligibleClinics(prisma: Db, course: Course, allowedClinicIds: string[]): Promise<ClinicOption[]> {
  const needed = remainingServiceIds(course);
  const rows = await prisma.clinic.findMany({
    where: { id: { in: allowedClinicIds }, active: true, services: { some: { serviceId: { in: needed } } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, timeZone: true, address: true, services: { where: { serviceId: { in: needed } }, select: { serviceId: true } } },
  });
  const names = new Map(course.remaining.map((r) => [r.serviceId, r.serviceName]));
  const options: ClinicOption[] = rows.map((c) => {
    const offered = new Set(c.services.map((s) => s.serviceId));
    const missing = needed.filter((s) => !offered.has(s)).map((s) => names.get(s) ?? s);
    return { id: c.id, name: c.name, timeZone: c.timeZone, address: c.address, coverage: missing.length === 0 ? "full" : "partial", missingServices: missing };
  });
  const full = options.filter((o) => o.coverage === "full");
  return full.length > 0 ? full : options;
}

/**
 * Providers who can deliver part of the course at the selected clinics: active, working there with weekly
 * availability, qualified for a remaining service, allowed by the package's restriction, and not on leave for the
 * whole time until expiry.
 */
export async function eligibleProviders(
  prisma: Db,
  course: Course,
  clinicIds: string[],
  now: Date,
): Promise<ProviderOption[]> {
  const needed = remainingServiceIds(course);
  if (clinicIds.length === 0 || needed.length === 0) return [];
  const rows = await prisma.provider.findMany({
    where: {
      active: true,
      ...(course.allowedProviderIds.length > 0 ? { id: { in: course.allowedProviderIds } } : {}),
      services: { some: { serviceId: { in: needed } } },
      clinics: { some: { clinicId: { in: clinicIds } } },
      availability: { some: { clinicId: { in: clinicIds } } },
    },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      title: true,
      clinics: { where: { clinicId: { in: clinicIds } }, select: { clinicId: true } },
      services: { where: { serviceId: { in: needed } }, orderBy: { service: { name: "asc" } }, select: { service: { select: { name: true } } } },
      timeOff: { where: { startsAt: { lt: course.expiresAt }, endsAt: { gt: now } }, select: { startsAt: true, endsAt: true } },
    },
  });
  const available = rows.filter((p) => !coversWholly(p.timeOff, now, course.expiresAt));
  const previous = new Set(
    (
      await prisma.appointment.findMany({
        where: { patientId: course.patientId, providerId: { in: available.map((p) => p.id) } },
        distinct: ["providerId"],
        select: { providerId: true },
      })
    ).map((a) => a.providerId),
  );
  return available.map((p) => ({
    id: p.id,
    name: p.name,
    title: p.title,
    clinicIds: p.clinics.map((c) => c.clinicId),
    serviceNames: p.services.map((s) => s.service.name),
    previous: previous.has(p.id),
  }));
}

/**
 * The same rule as eligibleProviders' query, on a provider row whose clinics, services and availability are already
 * narrowed to the selected clinics and the remaining services (the planner's own read, see buildPlanRequest).
 */
export function isEligibleProvider(
  p: { id: string; active: boolean; clinics: unknown[]; services: unknown[]; availability: unknown[]; timeOff: { startsAt: Date; endsAt: Date }[] },
  course: Course,
  now: Date,
): boolean {
  const allowed = course.allowedProviderIds.length === 0 || course.allowedProviderIds.includes(p.id);
  return p.active && allowed && p.services.length > 0 && p.clinics.length > 0 && p.availability.length > 0 && !coversWholly(p.timeOff, now, course.expiresAt);
}

function coversWholly(ranges: { startsAt: Date; endsAt: Date }[], from: Date, to: Date): boolean {
  const merged = mergeIntervals(ranges.map((r) => ({ start: r.startsAt.getTime(), end: r.endsAt.getTime() })));
  return merged.some((m) => m.start <= from.getTime() && m.end >= to.getTime());
}

/** Sensible first choices: the package's default clinic, else the patient's preferred one, else the first. */
export function defaultClinicIds(clinics: ClinicOption[], course: Course, preferredClinicId: string | null): string[] {
  const ids = new Set(clinics.map((c) => c.id));
  for (const candidate of [course.defaultClinicId, preferredClinicId]) if (candidate && ids.has(candidate)) return [candidate];
  return clinics.length > 0 ? [clinics[0].id] : [];
}

/** Providers the patient has seen before, when there are any; otherwise every eligible provider. */
export function defaultProviderIds(providers: ProviderOption[]): string[] {
  const previous = providers.filter((p) => p.previous).map((p) => p.id);
  return previous.length > 0 ? previous : providers.map((p) => p.id);
}
