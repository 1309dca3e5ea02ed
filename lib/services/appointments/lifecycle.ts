import type { AppPrismaClient } from "@/lib/database/client";
import { isCheckViolation } from "@/lib/database/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppointmentOutcome, AppointmentStatus, LedgerEffect } from "@/lib/appointments/types";
import { canCancel, canCheckIn, canComplete, canMarkNoShow, cancelEffect, isLateCancel, noShowEffect } from "@/lib/appointments/rules";
import { AppError } from "@/lib/errors";
import { remainingOf } from "@/lib/packages/ledger";
import { writeAudit } from "@/lib/services/audit";
import { enqueueMessages } from "@/lib/notifications/enqueue";
import { settlePurchase } from "@/lib/services/purchases/settle";
import type { CurrentUser } from "@/lib/session-types";
import type { TCancelAppointment } from "@/lib/validations/appointment";
import { factsOf, lockAppointment, refusal, type LockedAppointment } from "./locked";

type Tx = Prisma.TransactionClient;

/**
 * Check in, complete, cancel and no-show. Each runs in one transaction: lock the purchase and the appointment,
 * check the rule against fresh data, change the status, move the ledger line, settle the purchase's status, audit.
 * The ledger's CHECK constraints are the last word: a transition can never push it out of bounds.
 */
async function transition(
  prisma: AppPrismaClient,
  actor: CurrentUser,
  appointmentId: string,
  change: (tx: Tx, a: LockedAppointment) => Promise<Omit<AppointmentOutcome, "appointmentId" | "patientId" | "purchaseId">>,
): Promise<AppointmentOutcome> {
  try {
    return await prisma.$transaction(async (tx) => {
      const a = await lockAppointment(tx, actor, appointmentId);
      const outcome = await change(tx, a);
      return { appointmentId: a.id, patientId: a.patientId, purchaseId: a.purchaseId, ...outcome };
    });
  } catch (e) {
    if (isCheckViolation(e)) {
      throw new AppError("CONFLICT", "The package's balance does not allow this change. Reload the page and check the course.", { cause: e });
    }
    throw e;
  }
}

export async function checkIn(prisma: AppPrismaClient, actor: CurrentUser, appointmentId: string, now: Date): Promise<AppointmentOutcome> {
  return transition(prisma, actor, appointmentId, async (tx, a) => {
    if (!canCheckIn(factsOf(a), now)) throw refusal(a, "check in", now);
    await tx.appointment.update({ where: { id: a.id }, data: { status: "CHECKED_IN" } });
    await audit(tx, actor, a, "appointment.checked_in");
    return { status: "CHECKED_IN", ledgerEffect: "none", message: `Checked in for ${a.service.name}.`, replanPurchaseId: null };
  });
}

export async function complete(prisma: AppPrismaClient, actor: CurrentUser, appointmentId: string, now: Date): Promise<AppointmentOutcome> {
  return transition(prisma, actor, appointmentId, async (tx, a) => {
    if (!canComplete(factsOf(a), now)) throw refusal(a, "complete", now);
    await tx.appointment.update({ where: { id: a.id }, data: { status: "COMPLETED" } });
    const effect: LedgerEffect = a.purchaseItemId ? "consumed" : "none";
    const left = await moveLedger(tx, a, effect, now, actor);
    await audit(tx, actor, a, "appointment.completed", { ledgerEffect: effect });
    return { status: "COMPLETED", ledgerEffect: effect, message: sentence("Completed.", a, effect, left), replanPurchaseId: null };
  });
}

export async function cancelAppointment(
  prisma: AppPrismaClient,
  actor: CurrentUser,
  input: TCancelAppointment,
  now: Date,
): Promise<AppointmentOutcome> {
  return transition(prisma, actor, input.appointmentId, async (tx, a) => {
    const facts = factsOf(a);
    if (!canCancel(facts, now)) throw refusal(a, "cancel", now);
    const late = isLateCancel(facts, now);
    const effect = cancelEffect(facts, now);
    await tx.appointment.update({
      where: { id: a.id },
      data: { status: "CANCELLED", cancelReason: input.reason, cancelledAt: now, forfeitsSession: effect === "forfeited" },
    });
    const left = await moveLedger(tx, a, effect, now, actor);
    await audit(tx, actor, a, "appointment.cancelled", { reason: input.reason, late, ledgerEffect: effect });
    await enqueueMessages(tx, [{ type: "appointment.cancelled", appointmentId: a.id }], now, [a]);
    const head = late ? `Cancelled late (less than ${a.clinic.lateCancelWindowHours} h before the start).` : "Cancelled.";
    return {
      status: "CANCELLED",
      ledgerEffect: effect,
      message: sentence(head, a, effect, left),
      replanPurchaseId: effect === "returned" && left.purchaseStatus === "ACTIVE" ? a.purchaseId : null,
    };
  });
}

export async function markNoShow(prisma: AppPrismaClient, actor: CurrentUser, appointmentId: string, now: Date): Promise<AppointmentOutcome> {
  return transition(prisma, actor, appointmentId, async (tx, a) => {
    const facts = factsOf(a);
    if (!canMarkNoShow(facts, now)) throw refusal(a, "no-show", now);
    const effect = noShowEffect(facts);
    await tx.appointment.update({ where: { id: a.id }, data: { status: "NO_SHOW", forfeitsSession: effect === "forfeited" } });
    const left = await moveLedger(tx, a, effect, now, actor);
    await audit(tx, actor, a, "appointment.no_show", { ledgerEffect: effect });
    return {
      status: "NO_SHOW",
      ledgerEffect: effect,
      message: sentence("Recorded as a no-show.", a, effect, left),
      replanPurchaseId: effect === "returned" && left.purchaseStatus === "ACTIVE" ? a.purchaseId : null,
    };
  });
}

type LedgerAfter = { remaining: number | null; purchaseStatus: string | null };

/** The ledger line of a booked session leaving "booked": to completed, to forfeited, or back to the package. */
async function moveLedger(tx: Tx, a: LockedAppointment, effect: LedgerEffect, now: Date, actor: CurrentUser): Promise<LedgerAfter> {
  if (!a.purchaseItemId || !a.purchaseId || effect === "none") return { remaining: null, purchaseStatus: null };
  const data =
    effect === "consumed"
      ? { booked: { decrement: 1 }, completed: { increment: 1 } }
      : effect === "forfeited"
        ? { booked: { decrement: 1 }, forfeited: { increment: 1 } }
        : { booked: { decrement: 1 } };
  const item = await tx.purchaseItem.update({
    where: { id: a.purchaseItemId },
    data,
    select: { sessionsTotal: true, booked: true, completed: true, forfeited: true },
  });
  const purchaseStatus = await settlePurchase(tx, a.purchaseId, actor.id, now);
  return { remaining: remainingOf(item), purchaseStatus };
}

function sentence(head: string, a: LockedAppointment, effect: LedgerEffect, after: LedgerAfter): string {
  const pkg = a.purchase ? `“${a.purchase.packageName}”` : "";
  const left = after.remaining === null ? "" : ` (${after.remaining} ${a.service.name} left)`;
  const done = after.purchaseStatus === "COMPLETED" ? ` ${pkg} is now complete.` : "";
  switch (effect) {
    case "consumed":
      return `${head} One ${a.service.name} session of ${pkg} is used${left}.${done}`;
    case "returned":
      return after.purchaseStatus === "ACTIVE"
        ? `${head} The session went back to ${pkg}${left}.`
        : `${head} The session went back to ${pkg}, which is no longer active, so it cannot be rebooked.`;
    case "forfeited":
      return `${head} By ${a.clinic.name}'s policy the ${a.service.name} session of ${pkg} is forfeited.${done}`;
    default:
      return head;
  }
}

async function audit(tx: Tx, actor: CurrentUser, a: LockedAppointment, action: string, details: Record<string, string | boolean> = {}) {
  await writeAudit(tx, {
    actorId: actor.id,
    action,
    entityType: "Appointment",
    entityId: a.id,
    details: { patientId: a.patientId, purchaseId: a.purchaseId, from: a.status as AppointmentStatus, ...details },
  });
}
