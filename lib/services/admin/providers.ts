import type { AppPrismaClient } from "@/lib/database/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { skippedTimeMessage, wallClockToUtc } from "@/lib/time/zoned";
import { timeToMinutes, type TSetActiveInput } from "@/lib/validations/common";
import { timeOffZone, type TProviderInput, type TProviderUpdateInput } from "@/lib/validations/provider";
import { availabilityOutsideHours, type OutsideHours } from "@/lib/providers/outside-hours";
import { auditChange, notFound, saveChanges, setRecordActive, type Actor } from "./shared";

type Tx = Prisma.TransactionClient;
export type ProviderSaved = { id: string; outsideHours: OutsideHours[] };

/** Time off as UTC instants; a wall-clock time skipped by a DST change is refused with a field error saying so. */
function timeOffRows(timeOff: TProviderInput["timeOff"], zone: string) {
  const fieldErrors: Record<string, string> = {};
  const rows = timeOff.map((t, i) => {
    const instant = (field: "startsAt" | "endsAt") => {
      const at = wallClockToUtc(t[field], zone);
      if (!at) fieldErrors[`timeOff.${i}.${field}`] = skippedTimeMessage(t[field], zone);
      return at ?? new Date(0);
    };
    return { startsAt: instant("startsAt"), endsAt: instant("endsAt"), reason: t.reason };
  });
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { fieldErrors });
  }
  return rows;
}

async function loadReferences(tx: Tx, input: TProviderInput) {
  const [clinics, serviceCount] = await Promise.all([
    tx.clinic.findMany({
      where: { id: { in: input.clinicIds } },
      select: { id: true, name: true, timeZone: true, hours: { select: { weekday: true, startMinute: true, endMinute: true } } },
    }),
    tx.service.count({ where: { id: { in: input.serviceIds } } }),
  ]);
  if (clinics.length !== input.clinicIds.length) {
    throw new AppError("INVALID_INPUT", "One of the chosen clinics no longer exists. Reload the page and try again.");
  }
  if (serviceCount !== input.serviceIds.length) {
    throw new AppError("INVALID_INPUT", "One of the chosen services no longer exists. Reload the page and try again.");
  }
  return clinics;
}

function rows(input: TProviderInput, clinics: Awaited<ReturnType<typeof loadReferences>>) {
  const zone = timeOffZone(clinics, input.clinicIds).timeZone;
  const availability = input.availability.flatMap((a) =>
    a.intervals.map((i) => ({ clinicId: a.clinicId, weekday: i.weekday, startMinute: timeToMinutes(i.start), endMinute: timeToMinutes(i.end) })),
  );
  const timeOff = timeOffRows(input.timeOff, zone);
  const outsideHours = availabilityOutsideHours(
    input.availability.map((a) => ({
      clinicId: a.clinicId,
      intervals: a.intervals.map((i) => ({ weekday: i.weekday, start: timeToMinutes(i.start), end: timeToMinutes(i.end) })),
    })),
    clinics.map((c) => ({ id: c.id, name: c.name, hours: c.hours.map((h) => ({ weekday: h.weekday, start: h.startMinute, end: h.endMinute })) })),
  );
  return { availability, timeOff, outsideHours };
}

/** A comparable picture of a provider for the audit log's "what changed". */
function snapshot(p: {
  name: string;
  title: string | null;
  active: boolean;
  serviceIds: string[];
  clinicIds: string[];
  availability: { clinicId: string; weekday: number; startMinute: number; endMinute: number }[];
  timeOff: { startsAt: Date; endsAt: Date; reason: string | null }[];
}) {
  return {
    name: p.name,
    title: p.title,
    active: p.active,
    serviceIds: [...p.serviceIds].sort(),
    clinicIds: [...p.clinicIds].sort(),
    availability: p.availability.map((a) => `${a.clinicId} ${a.weekday} ${a.startMinute}-${a.endMinute}`).sort(),
    timeOff: p.timeOff.map((t) => `${t.startsAt.toISOString()}/${t.endsAt.toISOString()} ${t.reason ?? ""}`.trim()).sort(),
  };
}

async function writeChildren(tx: Tx, providerId: string, input: TProviderInput, r: ReturnType<typeof rows>) {
  await tx.providerService.createMany({ data: input.serviceIds.map((serviceId) => ({ providerId, serviceId })) });
  await tx.providerClinic.createMany({ data: input.clinicIds.map((clinicId) => ({ providerId, clinicId })) });
  await tx.providerAvailability.createMany({ data: r.availability.map((a) => ({ ...a, providerId })) });
  await tx.providerTimeOff.createMany({ data: r.timeOff.map((t) => ({ ...t, providerId })) });
}

export async function createProvider(prisma: AppPrismaClient, actor: Actor, input: TProviderInput): Promise<ProviderSaved> {
  return prisma.$transaction(async (tx) => {
    const clinics = await loadReferences(tx, input);
    const r = rows(input, clinics);
    const provider = await tx.provider.create({ data: { name: input.name, title: input.title, active: input.active }, select: { id: true } });
    await writeChildren(tx, provider.id, input, r);
    const created = snapshot({ ...input, availability: r.availability, timeOff: r.timeOff });
    await auditChange(tx, actor, "provider", "created", provider.id, JSON.parse(JSON.stringify(created)));
    return { id: provider.id, outsideHours: r.outsideHours };
  });
}

export async function updateProvider(prisma: AppPrismaClient, actor: Actor, input: TProviderUpdateInput): Promise<ProviderSaved> {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.provider.findUnique({
      where: { id: input.id },
      select: {
        name: true,
        title: true,
        active: true,
        services: { select: { serviceId: true } },
        clinics: { select: { clinicId: true } },
        availability: { select: { clinicId: true, weekday: true, startMinute: true, endMinute: true } },
        timeOff: { select: { startsAt: true, endsAt: true, reason: true } },
      },
    });
    if (!existing) throw notFound("provider");
    const clinics = await loadReferences(tx, input);
    const r = rows(input, clinics);
    const before = snapshot({
      ...existing,
      serviceIds: existing.services.map((s) => s.serviceId),
      clinicIds: existing.clinics.map((c) => c.clinicId),
    });
    const after = snapshot({ ...input, availability: r.availability, timeOff: r.timeOff });
    const id = input.id;
    await saveChanges(tx, actor, "provider", id, { before, after }, async () => {
      await tx.provider.update({ where: { id }, data: { name: input.name, title: input.title, active: input.active } });
      // The lists are small and edited as a whole on the form, so they are replaced rather than diffed.
      await tx.providerService.deleteMany({ where: { providerId: id } });
      await tx.providerClinic.deleteMany({ where: { providerId: id } });
      await tx.providerAvailability.deleteMany({ where: { providerId: id } });
      await tx.providerTimeOff.deleteMany({ where: { providerId: id } });
      await writeChildren(tx, id, input, r);
    });
    return { id, outsideHours: r.outsideHours };
  });
}

/** Providers are never deleted: their appointments keep pointing at them. */
export async function setProviderActive(prisma: AppPrismaClient, actor: Actor, input: TSetActiveInput): Promise<{ id: string }> {
  return setRecordActive(prisma, actor, "provider", input);
}
