import type { Db } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Course, CourseFacts } from "@/lib/booking/course";
import { purchaseInClinicsWhere } from "@/lib/queries/clinic-scope";
import { ACTIVE_APPOINTMENT_STATUSES, FALLBACK_TIME_ZONE } from "@/lib/booking/policy";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { expiryFor } from "@/lib/packages/expiry";
import { remainingOf } from "@/lib/packages/ledger";

/**
 * A purchase that can be booked against, or a specific reason why not. `moveAppointmentIds`: booked upcoming
 * sessions of this purchase to plan again together with the unbooked rest.
 */
/**
 * `clinicIds`: the user's clinics, when the course is to be booked from their desk — another clinic's course
 * (purchaseInClinicsWhere) is not found, as on the patient page. Omitted where the caller checked access otherwise.
 */
export async function loadPurchaseCourse(
  prisma: Db,
  purchaseId: string,
  now: Date,
  moveAppointmentIds: readonly string[] = [],
  clinicIds?: readonly string[],
): Promise<Course> {
  const active = { in: [...ACTIVE_APPOINTMENT_STATUSES] };
  const p = await prisma.packagePurchase.findFirst({
    where: { id: purchaseId, ...(clinicIds ? { AND: [purchaseInClinicsWhere(clinicIds)] } : {}) },
    select: {
      ...COURSE_COLUMNS,
      status: true,
      patient: {
        select: {
          preferredClinic: { select: { timeZone: true } },
          preferredWeekdays: true,
          preferredWindows: true,
          email: true,
          emailOptOut: true,
          // Not `NOT: { purchaseId }`: in SQL that also drops appointments without a purchase (NULL).
          appointments: {
            where: { status: active, endsAt: { gt: now }, OR: [{ purchaseId: null }, { purchaseId: { not: purchaseId } }] },
            select: { id: true, clinicId: true, startsAt: true, endsAt: true },
          },
        },
      },
    },
  });
  if (!p) throw new AppError("NOT_FOUND", "This package purchase was not found.");
  const zone = p.patient.preferredClinic?.timeZone ?? FALLBACK_TIME_ZONE;
  if (p.status === "CANCELLED") throw new AppError("PURCHASE_NOT_ACTIVE", `“${p.packageName}” was cancelled; it cannot be booked against.`);
  if (p.status === "EXPIRED" || p.expiresAt <= now) {
    throw new AppError("PURCHASE_EXPIRED", `“${p.packageName}” expired on ${formatDate(new Date(p.expiresAt.getTime() - 1), zone)}. An administrator can extend it.`);
  }
  if (p.status !== "ACTIVE") throw new AppError("PURCHASE_NOT_ACTIVE", `“${p.packageName}” is already completed.`);
  const moving = await loadMoving(prisma, purchaseId, moveAppointmentIds, now);
  const course = { ...purchaseCourse(p, p.patient.appointments, moving), contact: { email: p.patient.email, emailOptOut: p.patient.emailOptOut } };
  if (course.remaining.every((r) => r.count <= 0)) {
    throw new AppError("PACKAGE_EXHAUSTED", `Every session of “${p.packageName}” is already booked or used.`);
  }
  return course;
}

/** A course's ledger lines, services first by name (the planner's order): read the same way by every loader. */
const COURSE_ITEMS = {
  orderBy: { service: { name: "asc" } },
  select: {
    id: true,
    serviceId: true,
    sessionsTotal: true,
    booked: true,
    completed: true,
    forfeited: true,
    service: { select: { name: true, durationMin: true, bufferAfterMin: true } },
  },
} as const satisfies Prisma.PackagePurchase$itemsArgs;

/** What every loader reads of a purchase to make it a course (PurchaseCourseRow), besides its patient's part. */
export const COURSE_COLUMNS = {
  id: true,
  patientId: true,
  packageName: true,
  expiresAt: true,
  minDaysBetween: true,
  maxPerWeek: true,
  allowedProviderIds: true,
  package: { select: { defaultClinicId: true } },
  items: COURSE_ITEMS,
  appointments: {
    where: { status: { in: [...ACTIVE_APPOINTMENT_STATUSES] } },
    orderBy: { startsAt: "asc" },
    select: { id: true, clinicId: true, providerId: true, startsAt: true, endsAt: true },
  },
} as const satisfies Prisma.PackagePurchaseSelect;

/** The purchase's own columns a course carries over as they are. */
type CourseColumns = Pick<Course, "patientId" | "packageName" | "expiresAt" | "minDaysBetween" | "maxPerWeek" | "allowedProviderIds">;

export type PurchaseCourseRow = CourseColumns & {
  id: string;
  package: { defaultClinicId: string | null };
  patient: { preferredWeekdays: number[]; preferredWindows: unknown };
  items: { id: string; serviceId: string; sessionsTotal: number; booked: number; completed: number; forfeited: number; service: { name: string; durationMin: number; bufferAfterMin: number } }[];
  appointments: { id: string; clinicId: string; providerId: string; startsAt: Date; endsAt: Date }[];
};

/**
 * A purchase row as a course with its planning facts. `patientBusy`: the patient's other upcoming appointments;
 * `moving`: booked sessions planned again (counted as remaining).
 */
export function purchaseCourse(
  p: PurchaseCourseRow,
  patientBusy: CourseFacts["patientBusy"],
  moving: { appointmentId: string; serviceId: string; clinicId: string }[] = [],
): Course {
  const remaining = p.items.map((i) => ({
    serviceId: i.serviceId,
    serviceName: i.service.name,
    count: remainingOf(i) + moving.filter((m) => m.serviceId === i.serviceId).length,
    purchaseItemId: i.id,
  }));
  return {
    purchaseId: p.id,
    patientId: p.patientId,
    packageName: p.packageName,
    expiresAt: p.expiresAt,
    minDaysBetween: p.minDaysBetween,
    maxPerWeek: p.maxPerWeek,
    allowedProviderIds: p.allowedProviderIds,
    defaultClinicId: p.package.defaultClinicId,
    remaining,
    ...(moving.length > 0 ? { moving } : {}),
    loaded: {
      services: p.items.map((i) => ({ id: i.serviceId, name: i.service.name, durationMin: i.service.durationMin, bufferAfterMin: i.service.bufferAfterMin })),
      preferences: { weekdays: p.patient.preferredWeekdays, windows: p.patient.preferredWindows },
      patientBusy,
      courseBooked: p.appointments,
    },
  };
}

async function loadMoving(prisma: Db, purchaseId: string, ids: readonly string[], now: Date) {
  if (ids.length === 0) return [];
  const rows = await prisma.appointment.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, purchaseId: true, serviceId: true, clinicId: true, status: true, startsAt: true },
  });
  if (rows.length !== new Set(ids).size || rows.some((a) => a.purchaseId !== purchaseId)) {
    throw new AppError("INVALID_INPUT", "One of the sessions to move is not part of this package. Reload the page and try again.");
  }
  if (rows.some((a) => a.status !== "SCHEDULED" || a.startsAt <= now)) {
    throw new AppError("CONFLICT", "Only upcoming sessions that are not checked in can be moved. Reload the page and try again.");
  }
  return rows.map((a) => ({ appointmentId: a.id, serviceId: a.serviceId, clinicId: a.clinicId }));
}

/** The course a template would become if assigned to this patient now. */
export async function templateCourse(prisma: Db, patientId: string, packageId: string, now: Date): Promise<Course> {
  const [patient, t] = await Promise.all([
    prisma.patient.findUnique({ where: { id: patientId }, select: { id: true, preferredClinic: { select: { timeZone: true } } } }),
    prisma.package.findUnique({
      where: { id: packageId },
      select: {
        id: true,
        name: true,
        validityDays: true,
        minDaysBetween: true,
        maxPerWeek: true,
        defaultClinicId: true,
        defaultClinic: { select: { timeZone: true } },
        items: { orderBy: { service: { name: "asc" } }, select: { serviceId: true, sessions: true, service: { select: { name: true } } } },
        allowedProviders: { select: { providerId: true } },
      },
    }),
  ]);
  if (!patient) throw new AppError("NOT_FOUND", "This patient was not found. Search again.");
  if (!t) throw new AppError("NOT_FOUND", "This package no longer exists.");
  const zone = t.defaultClinic?.timeZone ?? patient.preferredClinic?.timeZone ?? FALLBACK_TIME_ZONE;
  return {
    purchaseId: null,
    patientId,
    packageName: t.name,
    expiresAt: expiryFor(now, t.validityDays, zone),
    minDaysBetween: t.minDaysBetween,
    maxPerWeek: t.maxPerWeek,
    allowedProviderIds: t.allowedProviders.map((p) => p.providerId),
    defaultClinicId: t.defaultClinicId,
    remaining: t.items.map((i) => ({ serviceId: i.serviceId, serviceName: i.service.name, count: i.sessions, purchaseItemId: null })),
  };
}
