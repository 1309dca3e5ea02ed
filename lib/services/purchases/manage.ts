import type { AppPrismaClient } from "@/lib/database/client";
import type { PurchaseOutcome } from "@/lib/appointments/types";
import { ACTIVE_APPOINTMENT_STATUSES, BOOKED_STATUSES, FALLBACK_TIME_ZONE } from "@/lib/booking/policy";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { expiryAfterLastDay, purchaseTimeZone } from "@/lib/packages/expiry";
import { isFullyUsed } from "@/lib/packages/ledger";
import { enqueueMessages, MESSAGE_FACTS } from "@/lib/notifications/enqueue";
import { PURCHASE_ZONE_AND_LEDGER } from "@/lib/queries/patients/courses";
import { writeAudit } from "@/lib/services/audit";
import type { CurrentUser } from "@/lib/session-types";
import type { TCancelPurchase, TExtendExpiry } from "@/lib/validations/appointment";

type Tx = Prisma.TransactionClient;
const YEAR_MS = 366 * 86_400_000;

const purchaseSelect = {
  id: true,
  patientId: true,
  packageName: true,
  status: true,
  expiresAt: true,
  ...PURCHASE_ZONE_AND_LEDGER,
} satisfies Prisma.PackagePurchaseSelect;

type LockedPurchase = Prisma.PackagePurchaseGetPayload<{ select: typeof purchaseSelect }>;

/**
 * An admin's change to one purchase: in one transaction, the purchase is read and locked (so a booking or another
 * change to it waits), then `change` decides and writes.
 */
async function changePurchase<T>(prisma: AppPrismaClient, actor: CurrentUser, purchaseId: string, change: (tx: Tx, p: LockedPurchase) => Promise<T>): Promise<T> {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only administrators can do this.");
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM package_purchases WHERE id = ${purchaseId} FOR UPDATE`;
    const p = await tx.packagePurchase.findUnique({ where: { id: purchaseId }, select: purchaseSelect });
    if (!p) throw new AppError("NOT_FOUND", "This package purchase was not found.");
    return change(tx, p);
  });
}

/**
 * Moves a purchase's last usable day later (admins, with a reason). An expired purchase becomes active again; its
 * lapsed sessions can be booked once more. Shortening is not an extension and is refused.
 */
export async function extendExpiry(
  prisma: AppPrismaClient,
  actor: CurrentUser,
  input: TExtendExpiry,
  now: Date,
): Promise<PurchaseOutcome> {
  return changePurchase(prisma, actor, input.purchaseId, async (tx, p) => {
    if (p.status === "CANCELLED") throw new AppError("PURCHASE_NOT_ACTIVE", `“${p.packageName}” was cancelled; it cannot be extended.`);
    if (p.status === "COMPLETED" || isFullyUsed(p.items)) {
      throw new AppError("PURCHASE_NOT_ACTIVE", `“${p.packageName}” is completed; there is nothing left to extend.`);
    }
    const zone = purchaseTimeZone(p, FALLBACK_TIME_ZONE);
    const expiresAt = expiryAfterLastDay(input.lastDay, zone);
    const lastDayNow = formatDate(new Date(p.expiresAt.getTime() - 1), zone);
    if (expiresAt <= p.expiresAt) {
      throw new AppError("INVALID_INPUT", `Choose a day after the current last day, ${lastDayNow}.`, { fieldErrors: { lastDay: `Choose a day after ${lastDayNow}.` } });
    }
    if (expiresAt <= now) {
      throw new AppError("INVALID_INPUT", "The new last day is already over. Choose a day from today on.", { fieldErrors: { lastDay: "Choose a day from today on." } });
    }
    if (expiresAt.getTime() > now.getTime() + 3 * YEAR_MS) {
      throw new AppError("INVALID_INPUT", "Extend by at most three years at a time.", { fieldErrors: { lastDay: "Choose a day within three years." } });
    }
    const status = p.status === "EXPIRED" ? "ACTIVE" : p.status;
    await tx.packagePurchase.update({ where: { id: p.id }, data: { expiresAt, status } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "purchase.expiry_extended",
      entityType: "PackagePurchase",
      entityId: p.id,
      details: { patientId: p.patientId, from: p.expiresAt.toISOString(), to: expiresAt.toISOString(), reason: input.reason, reactivated: p.status === "EXPIRED" },
    });
    const lastDay = formatDate(new Date(expiresAt.getTime() - 1), zone);
    return {
      purchaseId: p.id,
      patientId: p.patientId,
      status,
      message: `“${p.packageName}” can now be used until ${lastDay} (was ${lastDayNow}).${p.status === "EXPIRED" ? " It is active again." : ""}`,
    };
  });
}

/**
 * Cancels a purchase (admins, with a reason): its upcoming appointments are cancelled in the same transaction and
 * their sessions do not return — a cancelled package cannot be booked against. Past sessions keep their state.
 */
export async function cancelPurchase(
  prisma: AppPrismaClient,
  actor: CurrentUser,
  input: TCancelPurchase,
  now: Date,
): Promise<PurchaseOutcome> {
  return changePurchase(prisma, actor, input.purchaseId, async (tx, p) => {
    if (p.status === "CANCELLED") throw new AppError("CONFLICT", `“${p.packageName}” is already cancelled.`);
    if (p.status === "COMPLETED") throw new AppError("CONFLICT", `“${p.packageName}” is completed; there is nothing left to cancel.`);
    const upcoming = await tx.appointment.findMany({
      where: { purchaseId: p.id, status: { in: [...BOOKED_STATUSES] }, startsAt: { gte: now } },
      select: { ...MESSAGE_FACTS, purchaseItemId: true },
    });
    const ids = upcoming.map((a) => a.id);
    if (ids.length > 0) {
      await tx.appointment.updateMany({
        where: { id: { in: ids }, status: { in: [...ACTIVE_APPOINTMENT_STATUSES] } },
        data: { status: "CANCELLED", cancelReason: `Package cancelled: ${input.reason}`, cancelledAt: now },
      });
      const perItem = new Map<string, number>();
      for (const a of upcoming) if (a.purchaseItemId) perItem.set(a.purchaseItemId, (perItem.get(a.purchaseItemId) ?? 0) + 1);
      for (const [id, n] of perItem) await tx.purchaseItem.update({ where: { id }, data: { booked: { decrement: n } } });
    }
    await tx.packagePurchase.update({ where: { id: p.id }, data: { status: "CANCELLED", cancelledAt: now } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "purchase.cancelled",
      entityType: "PackagePurchase",
      entityId: p.id,
      details: { patientId: p.patientId, reason: input.reason, cancelledAppointmentIds: ids },
    });
    if (ids.length > 0) {
      await tx.auditLog.createMany({
        data: ids.map((id) => ({ actorId: actor.id, action: "appointment.cancelled", entityType: "Appointment", entityId: id, details: { purchaseCancelled: p.id, reason: input.reason } })),
      });
    }
    await enqueueMessages(tx, ids.map((appointmentId) => ({ type: "appointment.cancelled" as const, appointmentId })), now, upcoming);
    const n = ids.length;
    return {
      purchaseId: p.id,
      patientId: p.patientId,
      status: "CANCELLED",
      message: `“${p.packageName}” is cancelled${n > 0 ? ` and its ${n} upcoming appointment${n === 1 ? " was" : "s were"} cancelled` : ""}.`,
    };
  });
}
