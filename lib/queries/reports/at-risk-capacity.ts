import { buildCandidates } from "@/lib/scheduling/candidates";
import { buildModel } from "@/lib/scheduling/model";
import type { Course } from "@/lib/booking/course";
import { isEligibleProvider } from "@/lib/queries/booking/eligibility";
import { assemblePlanRequest, type PlanClinicRow, type PlanProviderRow } from "@/lib/queries/booking/assemble-plan-request";
import { remainingOf } from "@/lib/packages/ledger";

type OpenPurchase = {
  expiresAt: Date;
  items: { serviceId: string; sessionsTotal: number; booked: number; completed: number; forfeited: number; service: { name: string; durationMin: number; bufferAfterMin: number } }[];
};

type ProviderRow = PlanProviderRow & { active: boolean; clinics: { clinicId: string }[] };

/**
 * Per service: the sessions sold and not yet booked at this clinic, against the free provider capacity before the
 * last of those sessions expires. Free capacity = for every active provider delivering the service with hours at the
 * clinic, every day from now to that expiry, the number of back-to-back sessions (duration + buffer) that fit in each
 * free stretch of their hours (clinic hours ∩ availability, minus closures, time off, appointments and the booking
 * notice). It is the planner's own day-by-day free time (buildCandidates) for a course with no patient constraints;
 * the same free hour counts for each service a provider delivers, so capacities of services are not additive.
 */
export function freeSlotsPerService(input: { open: OpenPurchase[]; clinic: PlanClinicRow; providers: ProviderRow[]; now: Date }) {
  const { open, clinic, providers, now } = input;
  const perService = new Map<string, { name: string; durationMin: number; bufferAfterMin: number; unbooked: number; until: Date }>();
  for (const p of open)
    for (const i of p.items) {
      const left = remainingOf(i);
      if (left <= 0) continue;
      const row = perService.get(i.serviceId) ?? { ...i.service, unbooked: 0, until: p.expiresAt };
      row.unbooked += left;
      if (p.expiresAt > row.until) row.until = p.expiresAt;
      perService.set(i.serviceId, row);
    }
  return [...perService.entries()]
    .map(([serviceId, s]) => ({ serviceId, serviceName: s.name, unbooked: s.unbooked, until: s.until, freeSlots: freeSlots(serviceId, s, clinic, providers, now) }))
    .sort((a, b) => a.serviceName.localeCompare(b.serviceName));
}

function freeSlots(
  serviceId: string,
  s: { name: string; durationMin: number; bufferAfterMin: number; until: Date },
  clinic: PlanClinicRow,
  providers: ProviderRow[],
  now: Date,
): number {
  const course: Course = {
    purchaseId: null,
    patientId: "",
    packageName: "",
    expiresAt: s.until,
    minDaysBetween: null,
    maxPerWeek: null,
    allowedProviderIds: [],
    defaultClinicId: clinic.id,
    remaining: [{ serviceId, serviceName: s.name, count: 1, purchaseItemId: null }],
    loaded: {
      services: [{ id: serviceId, name: s.name, durationMin: s.durationMin, bufferAfterMin: s.bufferAfterMin }],
      preferences: { weekdays: [], windows: [] },
      patientBusy: [],
      courseBooked: [],
    },
  };
  const staff = providers
    .map((p) => ({ ...p, services: p.services.filter((x) => x.serviceId === serviceId) }))
    .filter((p) => isEligibleProvider(p, course, now));
  if (staff.length === 0) return 0;
  const { request } = assemblePlanRequest({
    course,
    selection: { clinicIds: [clinic.id], providerIds: staff.map((p) => p.id) },
    now,
    clinics: [clinic],
    extraClinics: [],
    providers: staff,
    facts: course.loaded!,
  });
  const model = buildModel(request);
  const blockMs = model.services[0].blockMs;
  let slots = 0;
  // Each range [lo, hi] holds the allowed starts inside one free stretch: back to back, 1 + ⌊(hi − lo) / block⌋ fit.
  for (const day of buildCandidates(model).options)
    for (const option of day[0] ?? []) for (let i = 0; i < option.ranges.length; i += 2) slots += 1 + Math.floor((option.ranges[i + 1] - option.ranges[i]) / blockMs);
  return slots;
}
