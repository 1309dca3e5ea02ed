import "server-only";
import type { Db } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { timeOffClashes } from "@/lib/queries/time-off-clashes";
import { availableActions } from "@/lib/appointments/rules";
import type { CourseSession, PatientAppointmentRow } from "@/lib/appointments/types";
import { FALLBACK_TIME_ZONE } from "@/lib/booking/policy";
import { purchaseTimeZone } from "@/lib/packages/expiry";
import { remainingOf } from "@/lib/packages/ledger";
import { hasClinicAccess } from "@/lib/access/clinic-access";
import { APPOINTMENT_LISTING, toListing } from "@/lib/queries/appointment-listing";
import { PATIENT_IDENTITY, PATIENT_PREFERENCES } from "@/lib/queries/patient-fields";
import { purchaseInClinicsWhere, purchaseOutsideClinicsWhere } from "@/lib/queries/clinic-scope";
import { PURCHASE_HEADLINE, PURCHASE_ORDER, purchaseDates } from "./courses";

const appointmentSelect = {
  ...APPOINTMENT_LISTING,
  clinic: { select: { id: true, name: true, timeZone: true, locale: true, lateCancelWindowHours: true, lateCancelForfeits: true, noShowForfeits: true } },
} satisfies Prisma.AppointmentSelect;

type AppointmentRecord = Prisma.AppointmentGetPayload<{ select: typeof appointmentSelect }>;

/** `clinicIds`: where the user may act; other clinics' appointments are shown without actions. */
function toRow(a: AppointmentRecord, now: Date, clinicIds: readonly string[]): PatientAppointmentRow {
  const { lateCancelWindowHours, lateCancelForfeits, noShowForfeits, ...clinic } = a.clinic;
  const open = (a.status === "SCHEDULED" || a.status === "CHECKED_IN") && hasClinicAccess({ clinicIds }, clinic.id);
  return {
    ...toListing(a),
    clinic,
    actions: open
      ? availableActions(
          {
            status: a.status,
            startsAt: a.startsAt,
            endsAt: a.endsAt,
            timeZone: clinic.timeZone,
            hasPurchase: a.purchaseId !== null,
            policy: { lateCancelWindowHours, lateCancelForfeits, noShowForfeits },
          },
          now,
        )
      : null,
  };
}

const APPOINTMENTS_PER_TABLE = 50;

/** A purchase's ledger lines as its card lists them, by service name. */
const PURCHASE_ITEMS = {
  orderBy: { service: { name: "asc" } },
  select: { id: true, sessionsTotal: true, booked: true, completed: true, forfeited: true, service: { select: { name: true } } },
} as const satisfies Prisma.PackagePurchase$itemsArgs;

/** Another clinic's course, as the patient page may show it: what is left and until when, nothing to act on. */
export type OtherClinicCourse = {
  id: string;
  packageName: string;
  status: "ACTIVE" | "COMPLETED" | "EXPIRED" | "CANCELLED";
  expiresAt: Date;
  timeZone: string;
  lastDay: string;
  /** The clinics the course belongs to (its appointments' and its package's default clinic), by name. */
  clinicNames: string[];
  items: { id: string; serviceName: string; sessionsTotal: number; remaining: number }[];
};

/**
 * What a patient's page shows at once, above its records: name and numbers. Null when there is no such patient,
 * so the page answers 404 before its records stream in (getPatientDetail).
 */
export async function getPatientHeading(prisma: Db, id: string) {
  return prisma.patient.findUnique({
    where: { id },
    select: { ...PATIENT_IDENTITY, notes: true },
  });
}

/**
 * Everything the patient page shows, in a fixed number of queries whatever the number of purchases: the course
 * sessions of all purchases come in one query and are grouped here.
 *
 * Scoped to `clinicIds` (the user's clinics; an admin's are all): demographics are group-wide, but only the
 * courses of these clinics (purchaseInClinicsWhere) come with their sessions, dates and providers; other clinics'
 * courses come as a summary (OtherClinicCourse), and other clinics' appointments only as a count.
 */
export async function getPatientDetail(prisma: Db, id: string, now: Date, clinicIds: readonly string[]) {
  const ids = [...clinicIds];
  const inScope = purchaseInClinicsWhere(clinicIds);
  const patient = await prisma.patient.findUnique({
    where: { id },
    select: {
      ...PATIENT_IDENTITY,
      email: true,
      emailOptOut: true,
      phone: true,
      notes: true,
      ...PATIENT_PREFERENCES,
      preferredClinic: { select: { id: true, name: true, timeZone: true, locale: true } },
      _count: { select: { appointments: { where: { clinicId: { notIn: ids } } } } },
    },
  });
  if (!patient) return null;
  const [purchaseRows, otherRows, upcoming, past, sessions, clashes] = await Promise.all([
    prisma.packagePurchase.findMany({
      where: { patientId: id, AND: [inScope] },
      orderBy: PURCHASE_ORDER,
      select: {
        ...PURCHASE_HEADLINE,
        pricePaidMinor: true,
        currency: true,
        package: { select: { defaultClinic: { select: { timeZone: true } } } },
        items: PURCHASE_ITEMS,
      },
    }),
    prisma.packagePurchase.findMany({
      where: { patientId: id, AND: [purchaseOutsideClinicsWhere(clinicIds)] },
      orderBy: PURCHASE_ORDER,
      select: {
        id: true,
        packageName: true,
        status: true,
        expiresAt: true,
        package: { select: { defaultClinic: { select: { name: true, timeZone: true } } } },
        appointments: { distinct: ["clinicId"], select: { clinic: { select: { name: true } } } },
        items: PURCHASE_ITEMS,
      },
    }),
    prisma.appointment.findMany({
      where: { patientId: id, clinicId: { in: ids }, startsAt: { gte: now } },
      orderBy: { startsAt: "asc" },
      take: APPOINTMENTS_PER_TABLE,
      select: appointmentSelect,
    }),
    prisma.appointment.findMany({
      where: { patientId: id, clinicId: { in: ids }, startsAt: { lt: now } },
      orderBy: { startsAt: "desc" },
      take: APPOINTMENTS_PER_TABLE,
      select: appointmentSelect,
    }),
    prisma.appointment.findMany({
      where: { patientId: id, purchaseId: { not: null }, purchase: inScope },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        purchaseId: true,
        startsAt: true,
        endsAt: true,
        status: true,
        forfeitsSession: true,
        service: { select: { name: true } },
        provider: { select: { name: true } },
        clinic: { select: { name: true, timeZone: true, locale: true } },
      },
    }),
    timeOffClashes(prisma, { clinicIds, patientId: id, now }),
  ]);
  const sessionsByPurchase = new Map<string, CourseSession[]>();
  for (const a of sessions) {
    if (!a.purchaseId) continue;
    const list = sessionsByPurchase.get(a.purchaseId) ?? [];
    list.push({
      id: a.id,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      status: a.status,
      forfeitsSession: a.forfeitsSession,
      serviceName: a.service.name,
      providerName: a.provider.name,
      clinicName: a.clinic.name,
      timeZone: a.clinic.timeZone,
      locale: a.clinic.locale,
    });
    sessionsByPurchase.set(a.purchaseId, list);
  }
  const purchases = purchaseRows.map(({ package: pkg, ...p }) => ({
    ...p,
    ...purchaseDates(p.expiresAt, purchaseTimeZone({ package: pkg, patient }, FALLBACK_TIME_ZONE), now),
    sessions: sessionsByPurchase.get(p.id) ?? [],
    clashes: clashes.filter((c) => c.purchaseId === p.id),
  }));
  const otherClinicCourses: OtherClinicCourse[] = otherRows.map(({ package: pkg, appointments, items, ...p }) => ({
    ...p,
    ...purchaseDates(p.expiresAt, purchaseTimeZone({ package: pkg, patient }, FALLBACK_TIME_ZONE), now),
    clinicNames: [...new Set([...(pkg.defaultClinic ? [pkg.defaultClinic.name] : []), ...appointments.map((a) => a.clinic.name)])].sort(),
    items: items.map((i) => ({ id: i.id, serviceName: i.service.name, sessionsTotal: i.sessionsTotal, remaining: remainingOf(i) })),
  }));
  const { _count, ...demographics } = patient;
  return {
    patient: demographics,
    purchases,
    otherClinicCourses,
    /** How many of the patient's appointments (any time, any status) are at clinics outside `clinicIds`. */
    appointmentsElsewhere: _count.appointments,
    upcoming: upcoming.map((a) => toRow(a, now, clinicIds)),
    past: past.map((a) => toRow(a, now, clinicIds)),
    clashes,
  };
}

export type PatientDetail = NonNullable<Awaited<ReturnType<typeof getPatientDetail>>>;
export type PatientPurchase = PatientDetail["purchases"][number];
