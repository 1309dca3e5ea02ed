import type { AppPrismaClient } from "@/lib/database/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/services/audit";
import { timeToMinutes, type TSetActiveInput } from "@/lib/validations/common";
import type { TClinicInput, TClinicUpdateInput } from "@/lib/validations/clinic";
import { changedFields, notFound, setRecordActive, withUniqueName } from "./shared";

type Actor = { id: string };
type Tx = Prisma.TransactionClient;

function scalars(input: TClinicInput) {
  return {
    name: input.name,
    address: input.address,
    phone: input.phone,
    timeZone: input.timeZone,
    lateCancelWindowHours: input.lateCancelWindowHours,
    lateCancelForfeits: input.lateCancelForfeits,
    noShowForfeits: input.noShowForfeits,
    active: input.active,
    reminderHours: input.reminderHours,
    emailSenderName: input.emailSenderName,
    emailReplyTo: input.emailReplyTo,
  };
}

/** A comparable picture of a clinic for the audit log's "what changed". */
function snapshot(
  s: ReturnType<typeof scalars>,
  hours: { weekday: number; startMinute: number; endMinute: number }[],
  closures: { date: string; reason: string | null }[],
  serviceIds: string[],
) {
  return {
    ...s,
    hours: hours.map((h) => `${h.weekday} ${h.startMinute}-${h.endMinute}`).sort(),
    closures: closures.map((c) => `${c.date}${c.reason ? ` ${c.reason}` : ""}`).sort(),
    serviceIds: [...serviceIds].sort(),
  };
}

function hourRows(input: TClinicInput) {
  return input.hours.map((h) => ({ weekday: h.weekday, startMinute: timeToMinutes(h.start), endMinute: timeToMinutes(h.end) }));
}

async function checkServices(tx: Tx, serviceIds: string[]) {
  if ((await tx.service.count({ where: { id: { in: serviceIds } } })) !== serviceIds.length) {
    throw new AppError("INVALID_INPUT", "One of the chosen services no longer exists. Reload the page and try again.");
  }
}

async function writeChildren(tx: Tx, clinicId: string, input: TClinicInput) {
  await tx.clinicHours.createMany({ data: hourRows(input).map((h) => ({ ...h, clinicId })) });
  // Closures are local calendar dates, stored as @db.Date (midnight UTC of that date, no zone conversion).
  await tx.clinicClosure.createMany({ data: input.closures.map((c) => ({ clinicId, date: new Date(`${c.date}T00:00:00Z`), reason: c.reason })) });
  await tx.clinicService.createMany({ data: input.serviceIds.map((serviceId) => ({ clinicId, serviceId })) });
}

export async function createClinic(prisma: AppPrismaClient, actor: Actor, input: TClinicInput): Promise<{ id: string }> {
  return withUniqueName("clinic", input.name, () =>
    prisma.$transaction(async (tx) => {
      await checkServices(tx, input.serviceIds);
      const clinic = await tx.clinic.create({ data: scalars(input), select: { id: true } });
      await writeChildren(tx, clinic.id, input);
      await writeAudit(tx, {
        actorId: actor.id,
        action: "clinic.created",
        entityType: "Clinic",
        entityId: clinic.id,
        details: snapshot(scalars(input), hourRows(input), input.closures, input.serviceIds),
      });
      return clinic;
    }),
  );
}

export async function updateClinic(prisma: AppPrismaClient, actor: Actor, input: TClinicUpdateInput): Promise<{ id: string }> {
  return withUniqueName("clinic", input.name, () =>
    prisma.$transaction(async (tx) => {
      const existing = await tx.clinic.findUnique({
        where: { id: input.id },
        select: {
          name: true,
          address: true,
          phone: true,
          timeZone: true,
          lateCancelWindowHours: true,
          lateCancelForfeits: true,
          noShowForfeits: true,
          active: true,
          reminderHours: true,
          emailSenderName: true,
          emailReplyTo: true,
          hours: { select: { weekday: true, startMinute: true, endMinute: true } },
          closures: { select: { date: true, reason: true } },
          services: { select: { serviceId: true } },
        },
      });
      if (!existing) throw notFound("clinic");
      await checkServices(tx, input.serviceIds);
      const { hours, closures, services, ...rest } = existing;
      const before = snapshot(
        rest,
        hours,
        closures.map((c) => ({ date: c.date.toISOString().slice(0, 10), reason: c.reason })),
        services.map((s) => s.serviceId),
      );
      const after = snapshot(scalars(input), hourRows(input), input.closures, input.serviceIds);
      const changes = changedFields(before, after);
      if (Object.keys(changes).length === 0) return { id: input.id };

      const id = input.id;
      await tx.clinic.update({ where: { id }, data: scalars(input) });
      // Edited as a whole on the form, so replaced rather than diffed.
      await tx.clinicHours.deleteMany({ where: { clinicId: id } });
      await tx.clinicClosure.deleteMany({ where: { clinicId: id } });
      await tx.clinicService.deleteMany({ where: { clinicId: id } });
      await writeChildren(tx, id, input);
      await writeAudit(tx, { actorId: actor.id, action: "clinic.updated", entityType: "Clinic", entityId: id, details: changes });
      return { id };
    }),
  );
}

/** Clinics are never deleted: appointments, staff memberships and packages keep pointing at them. */
export async function setClinicActive(prisma: AppPrismaClient, actor: Actor, input: TSetActiveInput): Promise<{ id: string }> {
  return setRecordActive(prisma, actor, "clinic", input);
}
