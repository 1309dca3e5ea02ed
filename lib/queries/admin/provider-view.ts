import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { availabilityOutsideHours } from "@/lib/providers/outside-hours";
import { minutesToTime } from "@/lib/validations/common";
import { timeOffZone } from "@/lib/validations/provider";
import type { clinicOptionsWithHours, getProviderForEdit } from "./providers";

type Provider = NonNullable<Awaited<ReturnType<typeof getProviderForEdit>>>;
type Clinics = Awaited<ReturnType<typeof clinicOptionsWithHours>>;

/** The stored provider as the form edits it (local times, per-clinic lists) plus the outside-hours flag. */
export function providerFormModel(p: Provider, clinics: Clinics) {
  const clinicIds = p.clinics.map((c) => c.clinicId);
  const zone = timeOffZone(clinics, clinicIds).timeZone;
  const availability: Record<string, { weekday: number; start: string; end: string }[]> = {};
  for (const a of p.availability) {
    (availability[a.clinicId] ??= []).push({ weekday: a.weekday, start: minutesToTime(a.startMinute), end: minutesToTime(a.endMinute) });
  }
  const local = (d: Date) => format(new TZDate(d.getTime(), zone), "yyyy-MM-dd'T'HH:mm");
  const byClinic = new Map<string, { weekday: number; start: number; end: number }[]>();
  for (const a of p.availability) {
    const list = byClinic.get(a.clinicId) ?? [];
    list.push({ weekday: a.weekday, start: a.startMinute, end: a.endMinute });
    byClinic.set(a.clinicId, list);
  }
  const outsideHours = availabilityOutsideHours(
    [...byClinic].map(([clinicId, intervals]) => ({ clinicId, intervals })),
    clinics.map((c) => ({ id: c.id, name: c.name, hours: c.hours.map((h) => ({ weekday: h.weekday, start: h.startMinute, end: h.endMinute })) })),
  );
  return {
    initial: {
      id: p.id,
      name: p.name,
      title: p.title,
      active: p.active,
      serviceIds: p.services.map((s) => s.serviceId),
      clinicIds,
      availability,
      timeOff: p.timeOff.map((t) => ({ startsAt: local(t.startsAt), endsAt: local(t.endsAt), reason: t.reason ?? "" })),
    },
    outsideHours,
  };
}
