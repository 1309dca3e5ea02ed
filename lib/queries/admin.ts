import "server-only";
import type { Db } from "@/lib/database/client";

export async function adminOverview(prisma: Db, now: Date) {
  const [clinics, services, providers, packages, patients, activePurchases, upcoming, staff] = await Promise.all([
    prisma.clinic.count({ where: { active: true } }),
    prisma.service.count({ where: { active: true } }),
    prisma.provider.count({ where: { active: true } }),
    prisma.package.count({ where: { active: true } }),
    prisma.patient.count({ where: { active: true } }),
    prisma.packagePurchase.count({ where: { status: "ACTIVE", expiresAt: { gt: now } } }),
    prisma.appointment.count({ where: { startsAt: { gte: now }, status: "SCHEDULED" } }),
    prisma.user.count({ where: { active: true } }),
  ]);
  return { counts: { clinics, services, providers, packages, patients, activePurchases, upcoming, staff } };
}
