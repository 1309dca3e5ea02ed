import type { AppPrismaClient } from "@/lib/database/client";
import { isUniqueViolation } from "@/lib/database/errors";
import { FALLBACK_TIME_ZONE } from "@/lib/booking/policy";
import { AppError } from "@/lib/errors";
import { formatCalendarDate } from "@/lib/format";
import { dateColumnKey, expiryFor, localDateKey } from "@/lib/packages/expiry";
import { writeAudit } from "@/lib/services/audit";
import type { CurrentUser } from "@/lib/session-types";
import type { TAssignPackage } from "@/lib/validations/booking";
import { assertSellable, PACKAGE_TERMS } from "@/lib/queries/booking/sellable";

/**
 * Assigns a package template to a patient: a purchase with its per-service ledger, snapshotting what the template
 * says today. The idempotency key makes a double click or a retry return the first purchase instead of a second one;
 * the patient's row is locked so that two different requests cannot both slip under the per-patient limit.
 */
export async function assignPackage(
  prisma: AppPrismaClient,
  actor: CurrentUser,
  input: TAssignPackage,
  now: Date,
): Promise<{ purchaseId: string; created: boolean }> {
  // Reference data (which clinics offer which services), read before the patient's lock is taken.
  await assertSellable(prisma, actor.clinicIds, input.packageId);
  try {
    return await prisma.$transaction(async (tx) => {
      // The key is looked up after taking the patient's lock: a twin request waiting on that lock must find the
      // purchase its first copy just committed, not count it against the limit.
      await tx.$queryRaw`SELECT id FROM patients WHERE id = ${input.patientId} FOR UPDATE`;
      const existing = await tx.packagePurchase.findUnique({
        where: { idempotencyKey: input.idempotencyKey },
        select: { id: true, patientId: true, packageId: true, assignedById: true },
      });
      if (existing) return replay(existing, input, actor.id);

      // One connection in a transaction: queries go one after another.
      const patient = await tx.patient.findUnique({ where: { id: input.patientId }, select: { id: true, active: true, preferredClinic: { select: { timeZone: true } } } });
      const template = await tx.package.findUnique({
          where: { id: input.packageId },
          select: {
            ...PACKAGE_TERMS,
            active: true,
            minDaysBetween: true,
            maxPerWeek: true,
            defaultClinic: { select: { timeZone: true } },
            items: { select: { serviceId: true, sessions: true } },
            allowedProviders: { select: { providerId: true } },
          },
        });
      if (!patient?.active) throw new AppError("NOT_FOUND", "This patient was not found. Search again.");
      if (!template) throw new AppError("NOT_FOUND", "This package no longer exists.");
      const zone = template.defaultClinic?.timeZone ?? patient.preferredClinic?.timeZone ?? FALLBACK_TIME_ZONE;
      if (!template.active) throw new AppError("NOT_AVAILABLE", `“${template.name}” is no longer offered, so it cannot be assigned.`);
      if (template.saleEndsOn && dateColumnKey(template.saleEndsOn) < localDateKey(now, zone)) {
        throw new AppError("NOT_AVAILABLE", `“${template.name}” was on sale until ${formatCalendarDate(template.saleEndsOn)}; it cannot be assigned any more.`);
      }
      const held = await tx.packagePurchase.count({
        where: { patientId: patient.id, packageId: template.id, status: "ACTIVE", expiresAt: { gt: now } },
      });
      if (held >= template.maxActivePerPatient) {
        throw new AppError(
          "LIMIT_REACHED",
          `This patient already has ${held} active “${template.name}” ${held === 1 ? "package" : "packages"}; the limit is ${template.maxActivePerPatient}. Use the assigned one.`,
        );
      }

      const purchase = await tx.packagePurchase.create({
        data: {
          patientId: patient.id,
          packageId: template.id,
          packageName: template.name,
          purchasedAt: now,
          expiresAt: expiryFor(now, template.validityDays, zone),
          pricePaidMinor: template.priceMinor,
          currency: template.currency,
          minDaysBetween: template.minDaysBetween,
          maxPerWeek: template.maxPerWeek,
          allowedProviderIds: template.allowedProviders.map((p) => p.providerId),
          assignedById: actor.id,
          idempotencyKey: input.idempotencyKey,
          items: { create: template.items.map((i) => ({ serviceId: i.serviceId, sessionsTotal: i.sessions })) },
        },
        select: { id: true, expiresAt: true },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "purchase.assigned",
        entityType: "PackagePurchase",
        entityId: purchase.id,
        details: { patientId: patient.id, packageId: template.id, packageName: template.name, pricePaidMinor: template.priceMinor, currency: template.currency, expiresAt: purchase.expiresAt.toISOString() },
      });
      return { purchaseId: purchase.id, created: true };
    });
  } catch (e) {
    // Two identical requests at the same instant: the unique key let one in; the other returns its purchase.
    if (isUniqueViolation(e)) {
      const existing = await prisma.packagePurchase.findUnique({
        where: { idempotencyKey: input.idempotencyKey },
        select: { id: true, patientId: true, packageId: true, assignedById: true },
      });
      if (existing) return replay(existing, input, actor.id);
    }
    throw e;
  }
}

/** A replay of the very same assignment by the same user returns it; any other use of the key reveals nothing. */
function replay(existing: { id: string; patientId: string; packageId: string; assignedById: string | null }, input: TAssignPackage, actorId: string) {
  if (existing.patientId !== input.patientId || existing.packageId !== input.packageId || existing.assignedById !== actorId) {
    throw new AppError("CONFLICT", "This request was already used for a different assignment. Close the window and start again.");
  }
  return { purchaseId: existing.id, created: false };
}
