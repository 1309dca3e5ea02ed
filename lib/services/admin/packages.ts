import type { AppPrismaClient } from "@/lib/database/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TPackage } from "@/lib/validations/package";
import { auditChange, notFound, uniqueConflict, withUnique, type Actor } from "./shared";

type Tx = Prisma.TransactionClient;

const NAME_TAKEN = "A package with this name already exists; pick another name.";

function invalid(field: string, message: string): AppError {
  return new AppError("INVALID_INPUT", message, { fieldErrors: { [field]: message } });
}

function columns(input: TPackage) {
  return {
    name: input.name,
    description: input.description,
    priceMinor: input.price,
    currency: input.currency,
    validityDays: input.validityDays,
    active: input.active,
    saleEndsOn: input.saleEndsOn ? new Date(`${input.saleEndsOn}T00:00:00Z`) : null,
    defaultClinicId: input.defaultClinicId,
    minDaysBetween: input.minDaysBetween,
    maxPerWeek: input.maxPerWeek,
    maxActivePerPatient: input.maxActivePerPatient,
  };
}

/** What an audit row records of a template: its terms, not its id soup. */
function auditView(input: TPackage) {
  return {
    ...columns(input),
    saleEndsOn: input.saleEndsOn,
    items: input.items.map((i) => ({ serviceId: i.serviceId, sessions: i.sessions })),
    providerIds: input.providerIds,
  };
}

/**
 * A template is priced in a currency some active clinic sells in, or it could be sold nowhere. An edit may keep the
 * template's current currency even if no active clinic uses it any more.
 */
async function checkCurrency(tx: Tx, currency: string, current: string | null): Promise<void> {
  if (currency === current) return;
  const selling = await tx.clinic.findFirst({ where: { active: true, currency }, select: { id: true } });
  if (!selling) throw invalid("currency", `No active clinic sells in ${currency}; choose one of your clinics' currencies.`);
}

/** The references must exist, and every restricted provider must be able to deliver part of the package. */
async function checkReferences(tx: Tx, input: TPackage, packageId: string | null): Promise<void> {
  const sameName = await tx.package.findFirst({
    where: { name: { equals: input.name, mode: "insensitive" }, ...(packageId ? { NOT: { id: packageId } } : {}) },
    select: { id: true },
  });
  if (sameName) throw uniqueConflict("name", NAME_TAKEN);

  const serviceIds = input.items.map((i) => i.serviceId);
  const services = await tx.service.findMany({ where: { id: { in: serviceIds } }, select: { id: true } });
  const known = new Set(services.map((s) => s.id));
  input.items.forEach((item, i) => {
    if (!known.has(item.serviceId)) throw invalid(`items.${i}.serviceId`, "This service no longer exists; pick another.");
  });

  if (input.defaultClinicId) {
    const clinic = await tx.clinic.findUnique({ where: { id: input.defaultClinicId }, select: { id: true } });
    if (!clinic) throw invalid("defaultClinicId", "This clinic no longer exists; pick another.");
  }

  if (input.providerIds.length > 0) {
    const qualified = await tx.provider.findMany({
      where: { id: { in: input.providerIds }, services: { some: { serviceId: { in: serviceIds } } } },
      select: { id: true },
    });
    if (qualified.length !== input.providerIds.length) {
      throw invalid("providerIds", "Every selected provider must be qualified for at least one service of the package.");
    }
  }
}

export async function createPackage(prisma: AppPrismaClient, actor: Actor, input: TPackage): Promise<{ id: string }> {
  return withUnique("name", NAME_TAKEN, () =>
    prisma.$transaction(async (tx) => {
      await checkReferences(tx, input, null);
      await checkCurrency(tx, input.currency, null);
      const pkg = await tx.package.create({
        data: {
          ...columns(input),
          items: { create: input.items.map((i) => ({ serviceId: i.serviceId, sessions: i.sessions })) },
          allowedProviders: { create: input.providerIds.map((providerId) => ({ providerId })) },
        },
        select: { id: true },
      });
      await auditChange(tx, actor, "package", "created", pkg.id, auditView(input));
      return pkg;
    }),
  );
}

/**
 * Rewrites the template. Purchases already made keep what they snapshotted (name, price, currency, expiry, cadence, ledger),
 * so an edit only affects future assignments.
 */
export async function updatePackage(prisma: AppPrismaClient, actor: Actor, id: string, input: TPackage): Promise<{ id: string }> {
  return withUnique("name", NAME_TAKEN, () =>
    prisma.$transaction(async (tx) => {
      const before = await tx.package.findUnique({
        where: { id },
        select: { name: true, priceMinor: true, currency: true, validityDays: true, active: true, items: { select: { serviceId: true, sessions: true } } },
      });
      if (!before) throw notFound("package");
      await checkReferences(tx, input, id);
      await checkCurrency(tx, input.currency, before.currency);
      await tx.packageItem.deleteMany({ where: { packageId: id } });
      await tx.packageProvider.deleteMany({ where: { packageId: id } });
      await tx.package.update({
        where: { id },
        data: {
          ...columns(input),
          items: { create: input.items.map((i) => ({ serviceId: i.serviceId, sessions: i.sessions })) },
          allowedProviders: { create: input.providerIds.map((providerId) => ({ providerId })) },
        },
      });
      await auditChange(tx, actor, "package", "updated", id, { before, after: auditView(input) });
      return { id };
    }),
  );
}

/** Deletes a template nobody bought; a sold one is deactivated instead, so its purchases keep their history. */
export async function removePackage(prisma: AppPrismaClient, actor: Actor, id: string): Promise<{ outcome: "deleted" | "deactivated" }> {
  return prisma.$transaction(async (tx) => {
    const pkg = await tx.package.findUnique({ where: { id }, select: { name: true, active: true, _count: { select: { purchases: true } } } });
    if (!pkg) throw notFound("package");
    if (pkg._count.purchases > 0) {
      if (pkg.active) await tx.package.update({ where: { id }, data: { active: false } });
      await auditChange(tx, actor, "package", "deactivated", id, { name: pkg.name, purchases: pkg._count.purchases });
      return { outcome: "deactivated" as const };
    }
    await tx.package.delete({ where: { id } });
    await auditChange(tx, actor, "package", "deleted", id, { name: pkg.name });
    return { outcome: "deleted" as const };
  });
}
