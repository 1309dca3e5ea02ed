import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { patientSearchWhere } from "@/lib/queries/patient-search";

export const PATIENTS_PAGE_SIZE = 25;

export type PatientListRow = {
  id: string;
  firstName: string;
  lastName: string;
  identifier: string;
  dateOfBirth: Date;
  phone: string | null;
  preferredClinic: string | null;
  activePackages: number;
};

export async function searchPatients(params: { q: string; page: number; pageSize?: number }) {
  const pageSize = params.pageSize ?? PATIENTS_PAGE_SIZE;
  const where = patientSearchWhere(params.q);
  const [total, rows] = await Promise.all([
    prisma.patient.count({ where }),
    prisma.patient.findMany({
      where,
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      skip: (Math.max(1, params.page) - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        identifier: true,
        dateOfBirth: true,
        phone: true,
        preferredClinic: { select: { name: true } },
        _count: { select: { purchases: { where: { status: "ACTIVE" } } } },
      },
    }),
  ]);
  const list: PatientListRow[] = rows.map((r) => ({
    id: r.id,
    firstName: r.firstName,
    lastName: r.lastName,
    identifier: r.identifier,
    dateOfBirth: r.dateOfBirth,
    phone: r.phone,
    preferredClinic: r.preferredClinic?.name ?? null,
    activePackages: r._count.purchases,
  }));
  return { rows: list, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

const appointmentSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  status: true,
  purchaseId: true,
  service: { select: { name: true, colour: true } },
  provider: { select: { name: true } },
  clinic: { select: { id: true, name: true, timeZone: true } },
} satisfies Prisma.AppointmentSelect;

export async function getPatientDetail(id: string, now: Date) {
  const patient = await prisma.patient.findUnique({
    where: { id },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      identifier: true,
      dateOfBirth: true,
      email: true,
      phone: true,
      notes: true,
      preferredWeekdays: true,
      preferredWindows: true,
      preferredClinic: { select: { name: true } },
    },
  });
  if (!patient) return null;
  const [purchases, upcoming, past] = await Promise.all([
    prisma.packagePurchase.findMany({
      where: { patientId: id },
      orderBy: [{ status: "asc" }, { purchasedAt: "desc" }],
      select: {
        id: true,
        packageName: true,
        status: true,
        purchasedAt: true,
        expiresAt: true,
        pricePaidMinor: true,
        items: {
          orderBy: { service: { name: "asc" } },
          select: { id: true, sessionsTotal: true, booked: true, completed: true, forfeited: true, service: { select: { name: true } } },
        },
      },
    }),
    prisma.appointment.findMany({
      where: { patientId: id, startsAt: { gte: now } },
      orderBy: { startsAt: "asc" },
      take: 50,
      select: appointmentSelect,
    }),
    prisma.appointment.findMany({
      where: { patientId: id, startsAt: { lt: now } },
      orderBy: { startsAt: "desc" },
      take: 50,
      select: appointmentSelect,
    }),
  ]);
  return { patient, purchases, upcoming, past };
}

export type PatientDetail = NonNullable<Awaited<ReturnType<typeof getPatientDetail>>>;
