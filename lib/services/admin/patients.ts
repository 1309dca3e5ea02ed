import type { AppPrismaClient } from "@/lib/database/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DuplicatePatient } from "@/lib/patients/types";
import type { TPatient, TPatientContact, TSchedulingPreferences } from "@/lib/validations/patient";
import { auditChange, notFound, uniqueConflict, withUnique, type Actor } from "./shared";

type Tx = Prisma.TransactionClient;

export type { DuplicatePatient };

/** A create that matched existing patients by name and date of birth; staff must confirm it is someone else. */
export class DuplicatePatientError extends AppError {
  readonly matches: DuplicatePatient[];
  constructor(matches: DuplicatePatient[]) {
    super(
      "CONFLICT",
      matches.length === 1
        ? "A patient with this name and date of birth already exists. Open their record, or create a new patient anyway if this is someone else."
        : `${matches.length} patients with this name and date of birth already exist. Open one of their records, or create a new patient anyway if this is someone else.`,
    );
    this.matches = matches;
  }
}

const NUMBER_TAKEN = "This patient number belongs to another patient.";

function dateOf(localDate: string): Date {
  return new Date(`${localDate}T00:00:00Z`);
}

function columns(input: TPatient) {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    dateOfBirth: dateOf(input.dateOfBirth),
    email: input.email,
    phone: input.phone,
    identifier: input.identifier,
    notes: input.notes,
    preferredClinicId: input.preferredClinicId,
    ...preferenceColumns(input),
  };
}

function preferenceColumns(input: TSchedulingPreferences) {
  return {
    preferredWeekdays: input.preferredWeekdays,
    preferredWindows: input.preferredWindows,
    weekdaysOnly: input.weekdaysOnly,
    windowsOnly: input.windowsOnly,
    unavailableDates: input.unavailableDates.map(dateOf),
  };
}

/** Audit rows name what changed, not the clinical notes themselves. */
function auditView(input: TPatient) {
  const { firstName, lastName, dateOfBirth, identifier } = input;
  return { firstName, lastName, dateOfBirth, identifier, ...contactAuditView(input) };
}

function contactAuditView(input: TPatientContact) {
  const { email, phone, preferredClinicId, preferredWeekdays, preferredWindows, weekdaysOnly, windowsOnly, unavailableDates } = input;
  return { email, phone, preferredClinicId, preferredWeekdays, preferredWindows, weekdaysOnly, windowsOnly, unavailableDates, hasNotes: input.notes !== null };
}

export async function findDuplicatePatients(
  db: Tx | AppPrismaClient,
  person: { firstName: string; lastName: string; dateOfBirth: string },
  excludeId: string | null = null,
): Promise<DuplicatePatient[]> {
  return db.patient.findMany({
    where: {
      firstName: { equals: person.firstName, mode: "insensitive" },
      lastName: { equals: person.lastName, mode: "insensitive" },
      dateOfBirth: dateOf(person.dateOfBirth),
      ...(excludeId ? { NOT: { id: excludeId } } : {}),
    },
    orderBy: { identifier: "asc" },
    take: 10,
    select: { id: true, firstName: true, lastName: true, identifier: true, active: true },
  });
}

async function checkReferences(tx: Tx, input: TPatient, patientId: string | null): Promise<void> {
  const taken = await tx.patient.findFirst({
    where: { identifier: { equals: input.identifier, mode: "insensitive" }, ...(patientId ? { NOT: { id: patientId } } : {}) },
    select: { id: true },
  });
  if (taken) throw uniqueConflict("identifier", NUMBER_TAKEN);
  await checkClinic(tx, input);
}

async function checkClinic(tx: Tx, input: { preferredClinicId: string | null }): Promise<void> {
  if (input.preferredClinicId) {
    const clinic = await tx.clinic.findUnique({ where: { id: input.preferredClinicId }, select: { id: true } });
    if (!clinic) {
      const message = "This clinic no longer exists; pick another.";
      throw new AppError("INVALID_INPUT", message, { fieldErrors: { preferredClinicId: message } });
    }
  }
}

/** Creates a patient; a possible duplicate (same name and date of birth) is refused unless staff confirmed it. */
export async function createPatient(prisma: AppPrismaClient, actor: Actor, input: TPatient): Promise<{ id: string }> {
  return withUnique("identifier", NUMBER_TAKEN, () =>
    prisma.$transaction(async (tx) => {
      if (!input.confirmDuplicate) {
        const matches = await findDuplicatePatients(tx, input);
        if (matches.length > 0) throw new DuplicatePatientError(matches);
      }
      await checkReferences(tx, input, null);
      const patient = await tx.patient.create({ data: columns(input), select: { id: true } });
      await auditChange(tx, actor, "patient", "created", patient.id, { ...auditView(input), confirmedDuplicate: input.confirmDuplicate });
      return patient;
    }),
  );
}

export async function updatePatient(prisma: AppPrismaClient, actor: Actor, id: string, input: TPatient): Promise<{ id: string }> {
  return withUnique("identifier", NUMBER_TAKEN, () =>
    prisma.$transaction(async (tx) => {
      await assertExists(tx, id);
      await checkReferences(tx, input, id);
      await tx.patient.update({ where: { id }, data: columns(input) });
      await auditChange(tx, actor, "patient", "updated", id, auditView(input));
      return { id };
    }),
  );
}

/** Staff's edit: contact details, notes and scheduling preferences; name, birth date and number stay with admins. */
export async function updatePatientContact(prisma: AppPrismaClient, actor: Actor, id: string, input: TPatientContact): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    await assertExists(tx, id);
    await checkClinic(tx, input);
    const { email, phone, notes, preferredClinicId } = input;
    await tx.patient.update({ where: { id }, data: { email, phone, notes, preferredClinicId, ...preferenceColumns(input) } });
    await auditChange(tx, actor, "patient", "contact_updated", id, contactAuditView(input));
    return { id };
  });
}

/** Saves the scheduling preferences chosen in the Auto Schedule step ("save for this patient"). */
export async function saveSchedulingPreferences(prisma: AppPrismaClient, actor: Actor, id: string, input: TSchedulingPreferences): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    await assertExists(tx, id);
    await tx.patient.update({ where: { id }, data: preferenceColumns(input) });
    const { preferredWeekdays, preferredWindows, weekdaysOnly, windowsOnly, unavailableDates } = input;
    await auditChange(tx, actor, "patient", "preferences_updated", id, { preferredWeekdays, preferredWindows, weekdaysOnly, windowsOnly, unavailableDates });
    return { id };
  });
}

async function assertExists(tx: Tx, id: string): Promise<void> {
  const exists = await tx.patient.findUnique({ where: { id }, select: { id: true } });
  if (!exists) throw notFound("patient");
}

/** Patients are never deleted (their appointments and purchases are records); they are deactivated. */
export async function setPatientActive(prisma: AppPrismaClient, actor: Actor, id: string, active: boolean): Promise<{ id: string; active: boolean }> {
  return prisma.$transaction(async (tx) => {
    await assertExists(tx, id);
    await tx.patient.update({ where: { id }, data: { active } });
    await auditChange(tx, actor, "patient", active ? "reactivated" : "deactivated", id);
    return { id, active };
  });
}
