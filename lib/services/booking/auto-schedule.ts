import type { AppPrismaClient } from "@/lib/database/client";
import type { FitCheck, MoveAlternatives, PlanPreview } from "@/lib/booking/types";
import { AppError } from "@/lib/errors";
import { formatDate, type HourCycle } from "@/lib/format";
import { moveOptions, planCourse, type PlanResult } from "@/lib/scheduling";
import { localDateKey } from "@/lib/packages/expiry";
import { localDateStart } from "@/lib/time/zoned";
import type { CurrentUser } from "@/lib/session-types";
import type { Course } from "@/lib/booking/course";
import { toPreviewSession } from "@/lib/booking/display";
import { loadPurchaseCourse, templateCourse } from "@/lib/queries/booking/course";
import { defaultClinicIds, eligibleClinics, eligibleProviders } from "@/lib/queries/booking/eligibility";
import type { PlanNames } from "@/lib/queries/booking/assemble-plan-request";
import { buildPlanRequest } from "@/lib/queries/booking/plan-request";
import { travelMinutes } from "@/lib/queries/booking/travel";
import { dayKey, moveNote, moveRangeLabel } from "./move-note";
import { checkClinics } from "./selection";
import type { TAlternatives, TAutoSchedule, TTemplateFit } from "@/lib/validations/booking";

/** Auto Schedule: plans the rest of a purchase with the chosen clinics and providers, for the preview. */
export async function autoSchedule(prisma: AppPrismaClient, actor: CurrentUser, input: TAutoSchedule, now: Date): Promise<PlanPreview> {
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

/**
 * The preview's Move list: other valid times for one session of an edited preview, given the rest of it, in date
 * order from `from` (a local date at the session's clinic; default: the first allowed day), a few per day.
 */
export async function alternativesFor(
  prisma: AppPrismaClient,
  actor: CurrentUser,
  input: TAlternatives,
  now: Date,
): Promise<MoveAlternatives> {
  const course = await loadPurchaseCourse(prisma, input.purchaseId, now, input.moveAppointmentIds, actor.clinicIds);
  await checkClinics(prisma, actor, course, input);
  const target = input.sessions[input.index];
  if (!target) throw new AppError("INVALID_INPUT", "That session is no longer in the plan.");
  const { request, names } = await buildPlanRequest(prisma, course, input, now, { checkProviders: true, choices: input.choices, travelMinutes: await travelMinutes(prisma) });
  const durations = new Map(request.services.map((s) => [s.id, s.durationMin]));
  const plan: PlanResult = {
    sessions: input.sessions.map((s) => ({ ...s, end: new Date(Date.parse(s.start) + (durations.get(s.serviceId) ?? 0) * 60_000).toISOString() })),
    unplaced: [],
  };
  const zone = names.clinic(target.clinicId).timeZone;
  const lastDate = localDateKey(new Date(course.expiresAt.getTime() - 1), zone);
  if (input.from && input.from > lastDate)
    throw new AppError("INVALID_INPUT", `“${course.packageName}” can be used until ${formatDate(new Date(course.expiresAt.getTime() - 1), zone)}: pick a date on or before it.`, {
      fieldErrors: { from: "Pick a date before the package expires." },
    });
  if (input.from && input.from < localDateKey(now, zone))
    throw new AppError("INVALID_INPUT", "Pick today or a later date.", { fieldErrors: { from: "Pick today or a later date." } });
  const options = moveOptions(request, plan, input.index, input.from ? { from: localDateStart(input.from, zone).getTime() } : {});
  if (!options) throw new AppError("INVALID_INPUT", "That session is no longer in the plan.");
  return {
    slots: options.slots.map((s) => toPreviewSession(s, names, actor.hourCycle)),
    firstDate: dayKey(options.earliestDay),
    lastDate: dayKey(options.lastDay),
    fromDate: dayKey(options.fromDay),
    rangeLabel: moveRangeLabel(options),
    note: moveNote(options),
  };
}

/**
 * Before assigning a template: would all its sessions fit before the expiry it would get, at the default clinic
 * with every eligible provider there?
 */
export async function checkTemplateFit(
  prisma: AppPrismaClient,
  actor: CurrentUser,
  input: TTemplateFit,
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
