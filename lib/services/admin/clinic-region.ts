import type { AppPrismaClient } from "@/lib/database/client";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/session-types";
import { writeAudit } from "@/lib/services/audit";
import type { TClinicRegionInput } from "@/lib/validations/locale";

/**
 * Sets how a clinic writes dates, times and money (locale) and the currency it sells in; admins only, audited with
 * the old values. Purchases keep the currency they were paid in; templates priced in another currency stop being
 * sold there (docs/locale.md).
 */
export async function updateClinicRegion(
  prisma: AppPrismaClient,
  actor: Pick<CurrentUser, "id" | "role">,
  input: TClinicRegionInput,
): Promise<{ id: string; changed: boolean }> {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only administrators can change a clinic's language or currency.");
  return prisma.$transaction(async (tx) => {
    const before = await tx.clinic.findUnique({ where: { id: input.clinicId }, select: { locale: true, currency: true } });
    if (!before) throw new AppError("NOT_FOUND", "This clinic no longer exists.");
    const changes: Record<string, { from: string; to: string }> = {};
    if (before.locale !== input.locale) changes.locale = { from: before.locale, to: input.locale };
    if (before.currency !== input.currency) changes.currency = { from: before.currency, to: input.currency };
    if (Object.keys(changes).length === 0) return { id: input.clinicId, changed: false };
    await tx.clinic.update({ where: { id: input.clinicId }, data: { locale: input.locale, currency: input.currency } });
    await writeAudit(tx, { actorId: actor.id, action: "clinic.region_updated", entityType: "Clinic", entityId: input.clinicId, details: changes });
    return { id: input.clinicId, changed: true };
  });
}
