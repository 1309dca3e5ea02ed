import type { AppPrismaClient } from "@/lib/database/client";
import type { FitCheck, PlanPreview, PreviewSession, SessionChoice } from "@/lib/booking/types";
import { AppError } from "@/lib/errors";
import { formatDate, type HourCycle } from "@/lib/format";
import { alternativeSlots, planCourse, type PlanResult } from "@/lib/scheduling";
import type { CurrentUser } from "@/lib/session-types";
import { loadPurchaseCourse, templateCourse, type Course } from "./course";
import { defaultClinicIds, eligibleClinics, eligibleProviders } from "./eligibility";
import { toPreviewSession } from "./display";
import { buildPlanRequest, type PlanNames, type Selection } from "./plan-request";
import { checkClinics } from "./selection";
import { travelMinutes } from "./travel";
import type { TPatientChoices } from "@/lib/validations/booking";

export type AutoScheduleInput = Selection & { purchaseId: string; count?: number; moveAppointmentIds?: string[]; choices?: TPatientChoices };

/** Auto Schedule: plans the rest of a purchase with the chosen clinics and providers, for the preview. */
export async function autoSchedule(prisma: AppPrismaClient, actor: CurrentUser, input: AutoScheduleInput, now: Date): Promise<PlanPreview> {
  const course = await loadPurchaseCourse(prisma, input.purchaseId, now, input.moveAppointmentIds, actor.clinicIds);
  await checkClinics(prisma, actor, course, input);
  const { request, names } = await buildPlanRequest(prisma, course, input, now, {
    count: input.count,
    checkProviders: true,
    choices: input.choices,
    travelMinutes: await travelMinutes(prisma),
  });
  const result = planCourse(request);
  return toPlanPreview(result, names, course, input.count, actor.hourCycle);
}

export function toPlanPreview(result: PlanResult, names: PlanNames, course: Course, count?: number, hourCycle?: HourCycle | null): PlanPreview {
  const unplaced = result.unplaced.map((u) => ({ serviceId: u.serviceId, serviceName: names.service(u.serviceId), count: u.count, reason: u.reason }));
  const missing = unplaced.reduce((n, u) => n + u.count, 0);
  const requested = result.sessions.length + missing;
  const where = result.sessions[0] ? names.clinic(result.sessions[0].clinicId) : { timeZone: "UTC" };
  return {
    sessions: result.sessions.map((s) => toPreviewSession(s, names, hourCycle)),
    unplaced,
    fitWarning:
      missing === 0
        ? null
        : `Only ${result.sessions.length} of the ${requested} ${count === undefined ? "remaining " : ""}sessions fit before “${course.packageName}” expires on ${formatDate(
            new Date(course.expiresAt.getTime() - 1),
            where,
          )} with this selection. Add providers or clinics, or ask an administrator to extend the package.`,
  };
}

/** Other valid slots for one session of an edited preview, given the rest of it (the preview's "Move"). */
export async function alternativesFor(
  prisma: AppPrismaClient,
  actor: CurrentUser,
  input: Selection & { purchaseId: string; sessions: SessionChoice[]; index: number; moveAppointmentIds?: string[]; choices?: TPatientChoices },
  now: Date,
): Promise<PreviewSession[]> {
  const course = await loadPurchaseCourse(prisma, input.purchaseId, now, input.moveAppointmentIds, actor.clinicIds);
  await checkClinics(prisma, actor, course, input);
  if (!input.sessions[input.index]) throw new AppError("INVALID_INPUT", "That session is no longer in the plan.");
  const { request, names } = await buildPlanRequest(prisma, course, input, now, { checkProviders: true, choices: input.choices, travelMinutes: await travelMinutes(prisma) });
  const durations = new Map(request.services.map((s) => [s.id, s.durationMin]));
  const plan: PlanResult = {
    sessions: input.sessions.map((s) => ({ ...s, end: new Date(Date.parse(s.start) + (durations.get(s.serviceId) ?? 0) * 60_000).toISOString() })),
    unplaced: [],
  };
  return spreadOverDays(alternativeSlots(request, plan, input.index, 80), 2, 8).map((s) => toPreviewSession(s, names, actor.hourCycle));
}

/** Best-first slots, at most `perDay` from one day: "Move" is more useful offering Tuesday and Thursday than 09:15, 09:30… */
function spreadOverDays<T extends { start: string }>(slots: T[], perDay: number, limit: number): T[] {
  const taken = new Map<string, number>();
  const out: T[] = [];
  for (const slot of slots) {
    const day = slot.start.slice(0, 10);
    if ((taken.get(day) ?? 0) >= perDay) continue;
    taken.set(day, (taken.get(day) ?? 0) + 1);
    out.push(slot);
    if (out.length === limit) break;
  }
  return out;
}

/**
 * Before assigning a template: would all its sessions fit before the expiry it would get, at the default clinic
 * with every eligible provider there?
 */
export async function checkTemplateFit(
  prisma: AppPrismaClient,
  actor: CurrentUser,
  input: { patientId: string; packageId: string },
  now: Date,
): Promise<FitCheck> {
  const course = await templateCourse(prisma, input.patientId, input.packageId, now);
  const clinics = await eligibleClinics(prisma, course, actor.clinicIds);
  if (clinics.length === 0) return { fits: false, message: "None of your clinics offers the services of this package." };
  const patient = await prisma.patient.findUnique({ where: { id: input.patientId }, select: { preferredClinicId: true } });
  const clinicIds = defaultClinicIds(clinics, course, patient?.preferredClinicId ?? null);
  const providers = await eligibleProviders(prisma, course, clinicIds, now);
  const clinicName = clinics.find((c) => c.id === clinicIds[0])!.name;
  if (providers.length === 0) return { fits: false, message: `No provider at ${clinicName} can deliver this package.` };
  const selection = { clinicIds, providerIds: providers.map((p) => p.id) };
  const { request, names } = await buildPlanRequest(prisma, course, selection, now);
  const result = planCourse(request);
  const total = course.remaining.reduce((n, r) => n + r.count, 0);
  if (result.unplaced.length === 0) {
    return { fits: true, message: `All ${total} sessions fit before it would expire, at ${clinicName}.` };
  }
  return { fits: false, message: toPlanPreview(result, names, course).fitWarning!.replace(" with this selection", ` at ${clinicName} with every available provider`) };
}
