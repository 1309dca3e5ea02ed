import type { AppPrismaClient } from "@/lib/database/client";
import { isExclusionViolation, isUniqueViolation } from "@/lib/database/errors";
import type { ClinicOption, ConfirmedBatch, ProviderOption, ServiceOption, SlotOption } from "@/lib/booking/types";
import { SINGLE_SLOT_HORIZON_DAYS } from "@/lib/booking/policy";
import { assertClinicAccess } from "@/lib/access/clinic-access";
import { AppError } from "@/lib/errors";
import { alternativeSlots, planCourse, verifySessions } from "@/lib/scheduling";
import { enqueueMessages } from "@/lib/notifications/enqueue";
import { writeAudit } from "@/lib/services/audit";
import type { CurrentUser } from "@/lib/session-types";
import type { TBookSingle, TFreeSlots, TSingleClinics, TSingleProviders, TSingleServices } from "@/lib/validations/booking";
import { hashRequest, replayedBatch, type BatchRequest } from "./booking-key";
import type { Course } from "@/lib/booking/course";
import { toPreviewSession } from "@/lib/booking/display";
import { eligibleProviders } from "@/lib/queries/booking/eligibility";
import { buildPlanRequest } from "@/lib/queries/booking/plan-request";
import { travelMinutes } from "@/lib/queries/booking/travel";

const DAY_MS = 86_400_000;
const SLOTS_SHOWN = 24;

/** Services bookable as a single session at the user's clinics (or at one of them). */
export async function singleServices(prisma: AppPrismaClient, actor: CurrentUser, input: TSingleServices): Promise<ServiceOption[]> {
  const clinicIds = input.clinicId ? actor.clinicIds.filter((id) => id === input.clinicId) : actor.clinicIds;
  return prisma.service.findMany({
    where: { active: true, clinics: { some: { clinicId: { in: clinicIds }, clinic: { active: true } } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, durationMin: true, colour: true },
  });
}

export async function singleClinics(prisma: AppPrismaClient, actor: CurrentUser, input: TSingleClinics): Promise<ClinicOption[]> {
  const rows = await prisma.clinic.findMany({
    where: { id: { in: actor.clinicIds }, active: true, services: { some: { serviceId: input.serviceId } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, timeZone: true, address: true },
  });
  return rows.map((c) => ({ ...c, coverage: "full" as const, missingServices: [] }));
}

function singleCourse(patientId: string, service: { id: string; name: string }, until: Date): Course {
  return {
    purchaseId: null,
    patientId,
    packageName: service.name,
    expiresAt: until,
    minDaysBetween: null,
    maxPerWeek: null,
    allowedProviderIds: [],
    defaultClinicId: null,
    remaining: [{ serviceId: service.id, serviceName: service.name, count: 1, purchaseItemId: null }],
  };
}

/** The service a desk asks about at one of its clinics (a clinic it may not act for is refused first). */
async function serviceAtClinic(prisma: AppPrismaClient, actor: CurrentUser, input: { clinicId: string; serviceId: string }) {
  assertClinicAccess(actor, input.clinicId);
  const service = await prisma.service.findUnique({ where: { id: input.serviceId }, select: { id: true, name: true, active: true } });
  if (!service?.active) throw new AppError("NOT_FOUND", "This service is not offered any more.");
  return service;
}

export async function singleProviders(
  prisma: AppPrismaClient,
  actor: CurrentUser,
  input: TSingleProviders,
): Promise<ProviderOption[]> {
  const service = await serviceAtClinic(prisma, actor, input);
  // The list does not depend on the patient; a provider counts if they are not on leave for the whole next year.
  const now = new Date();
  const course = singleCourse("", service, new Date(now.getTime() + 365 * DAY_MS));
  return eligibleProviders(prisma, course, [input.clinicId], now);
}

/** The next free slots of one provider for one service, from the same availability code as the planner. */
export async function freeSlots(
  prisma: AppPrismaClient,
  actor: CurrentUser,
  input: TFreeSlots,
  now: Date,
): Promise<SlotOption[]> {
  const service = await serviceAtClinic(prisma, actor, input);
  const from = input.from && Date.parse(input.from) > now.getTime() ? new Date(input.from) : now;
  const course = singleCourse(input.patientId, service, new Date(from.getTime() + SINGLE_SLOT_HORIZON_DAYS * DAY_MS));
  const { request, names } = await buildPlanRequest(prisma, course, { clinicIds: [input.clinicId], providerIds: [input.providerId] }, from, {
    travelMinutes: await travelMinutes(prisma),
  });
  const plan = planCourse(request);
  if (plan.sessions.length === 0) return [];
  const others = alternativeSlots(request, plan, 0, SLOTS_SHOWN - 1);
  return [plan.sessions[0], ...others]
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
    .map((s) => toPreviewSession(s, names, actor.hourCycle));
}

/** Books one session (no package): re-checked, idempotent, and guarded by the same exclusion constraints. */
export async function bookSingle(
  prisma: AppPrismaClient,
  actor: CurrentUser,
  input: TBookSingle,
  now: Date,
): Promise<ConfirmedBatch> {
  const { slot } = input;
  assertClinicAccess(actor, slot.clinicId);
  const key: BatchRequest = { idempotencyKey: input.idempotencyKey, userId: actor.id, purchaseId: null, requestHash: hashRequest({ patientId: input.patientId, sessions: [slot] }) };
  const existing = await replayedBatch(prisma, key);
  if (existing) return existing;
  const service = await prisma.service.findUnique({ where: { id: slot.serviceId }, select: { id: true, name: true, active: true, durationMin: true, bufferAfterMin: true } });
  const patient = await prisma.patient.findUnique({ where: { id: input.patientId }, select: { active: true } });
  if (!service?.active) throw new AppError("NOT_FOUND", "This service is not offered any more.");
  if (!patient?.active) throw new AppError("NOT_FOUND", "This patient was not found. Search again.");
  const start = new Date(slot.start);
  const end = new Date(start.getTime() + service.durationMin * 60_000);
  try {
    return await prisma.$transaction(async (tx) => {
      const course = singleCourse(input.patientId, service, new Date(end.getTime() + DAY_MS));
      const { request, names } = await buildPlanRequest(tx, course, { clinicIds: [slot.clinicId], providerIds: [slot.providerId] }, now, {
        inTransaction: true,
        travelMinutes: await travelMinutes(tx),
      });
      const label = toPreviewSession({ ...slot, start: start.toISOString(), end: end.toISOString() }, names);
      if (verifySessions(request, [{ ...slot, start: start.toISOString(), end: end.toISOString() }]).length > 0) {
        throw new AppError("SLOT_TAKEN", `${label.dateLabel} at ${label.timeLabel} with ${label.providerName} is no longer free. Choose another time.`);
      }
      const batch = await tx.bookingBatch.create({ data: { idempotencyKey: input.idempotencyKey, createdById: actor.id, requestHash: key.requestHash }, select: { id: true } });
      const appointment = await tx.appointment.create({
        data: {
          patientId: input.patientId,
          providerId: slot.providerId,
          clinicId: slot.clinicId,
          serviceId: slot.serviceId,
          startsAt: start,
          endsAt: end,
          blockEndsAt: new Date(end.getTime() + service.bufferAfterMin * 60_000),
          batchId: batch.id,
          createdById: actor.id,
        },
        select: { id: true },
      });
      await writeAudit(tx, { actorId: actor.id, action: "appointment.booked", entityType: "Appointment", entityId: appointment.id, details: { batchId: batch.id } });
      await enqueueMessages(tx, [{ type: "appointment.booked", appointmentId: appointment.id }], now);
      return { batchId: batch.id, appointmentCount: 1, patientId: input.patientId };
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      const batch = await replayedBatch(prisma, key);
      if (batch) return batch;
    }
    if (isExclusionViolation(e)) throw new AppError("SLOT_TAKEN", "That time was just taken by another booking. Choose another time.", { cause: e });
    throw e;
  }
}
