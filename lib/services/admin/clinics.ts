import type { AppPrismaClient } from "@/lib/database/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { timeToMinutes, type TSetActiveInput } from "@/lib/validations/common";
import type { TClinicInput, TClinicUpdateInput } from "@/lib/validations/clinic";
import { auditChange, notFound, saveChanges, setRecordActive, withUniqueName, type Actor } from "./shared";

type Tx = Prisma.TransactionClient;

/** The clinic's own columns the form edits, each under the same name in the form: what an edit writes and diffs. */
const CLINIC_COLUMNS = {
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
} as const satisfies Prisma.ClinicSelect;

type ClinicColumns = Pick<TClinicInput, keyof typeof CLINIC_COLUMNS>;

function scalars(input: TClinicInput): ClinicColumns {
  return Object.fromEntries(Object.keys(CLINIC_COLUMNS).map((key) => [key, input[key as keyof ClinicColumns]])) as ClinicColumns;
}

/** A comparable picture of a clinic for the audit log's "what changed". */
function snapshot(
  s: ClinicColumns,
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
      await auditChange(tx, actor, "clinic", "created", clinic.id, snapshot(scalars(input), hourRows(input), input.closures, input.serviceIds));
      return clinic;
    }),
  );
}

export async function updateClinic(prisma: AppPrismaClient, actor: Actor, input: TClinicUpdateInput): Promise<{ id: string }> {
  const id = input.id;
  return withUniqueName("clinic", input.name, () =>
    prisma.$transaction(async (tx) => {
      const existing = await tx.clinic.findUnique({
        where: { id },
        select: {
          ...CLINIC_COLUMNS,
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
      await saveChanges(tx, actor, "clinic", id, { before, after }, async () => {
        await tx.clinic.update({ where: { id }, data: scalars(input) });
        // Edited as a whole on the form, so replaced rather than diffed.
        await tx.clinicHours.deleteMany({ where: { clinicId: id } });
        await tx.clinicClosure.deleteMany({ where: { clinicId: id } });
        await tx.clinicService.deleteMany({ where: { clinicId: id } });
        await writeChildren(tx, id, input);
      });
      return { id };
    }),
  );
}

/** Clinics are never deleted: appointments, staff memberships and packages keep pointing at them. */
export async function setClinicActive(prisma: AppPrismaClient, actor: Actor, input: TSetActiveInput): Promise<{ id: string }> {
  return setRecordActive(prisma, actor, "clinic", input);
}
