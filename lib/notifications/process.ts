import type { AppPrismaClient, Db } from "@/lib/database/client";
import { logInfo } from "@/lib/log";
import { retryDelaySeconds, type NotificationConfig } from "./config";
import { loadMessageContext, type OutboxRef } from "./context";
import { deliver } from "./deliver";
import { renderMessage } from "./templates";
import { createUnsubscribeToken } from "./unsubscribe-token";

export type ProcessOutcome = "sent" | "retry" | "failed" | "suppressed" | "skipped";
export type WorkerDeps = { db: AppPrismaClient; config: NotificationConfig; secret: string };

type Claimed = { id: string; kind: OutboxRef["kind"]; patient_id: string; clinic_id: string; appointment_id: string | null; batch_id: string | null; purchase_id: string | null; attempts: number };


/** Due messages for the embedded dispatcher, claimed in one statement (SKIP LOCKED: concurrent claimers never wait). */
export async function claimDue(db: AppPrismaClient, now: Date, leaseSeconds: number, limit = 20): Promise<Claimed[]> {
  const lease = new Date(now.getTime() + leaseSeconds * 1000);
  return db.$queryRaw<Claimed[]>`
    UPDATE messages SET status = 'SENDING', lease_until = ${lease}, attempts = attempts + 1, updated_at = ${now}
    WHERE id IN (
      SELECT id FROM messages
      WHERE (status = 'QUEUED' AND send_at <= ${now} AND next_attempt_at <= ${now}) OR (status = 'SENDING' AND lease_until < ${now})
      ORDER BY next_attempt_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id, kind::text AS kind, patient_id, clinic_id, appointment_id, batch_id, purchase_id, attempts`;
}

/**
 * Delivers one message by id (a graphile-worker job's work, PostgreSQL). The row is locked for the whole send in
 * one transaction and its outcome is written in that transaction: another worker skips a locked row, and a worker
 * that dies mid-send loses its connection, so PostgreSQL rolls back and unlocks the row at once, still QUEUED
 * (the sweep then gives it a fresh job). No lease to expire under a live, slow sender.
 */
export async function processMessage(deps: WorkerDeps, messageId: string, now = new Date()): Promise<ProcessOutcome> {
  return deps.db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<Claimed[]>`
        SELECT id, kind::text AS kind, patient_id, clinic_id, appointment_id, batch_id, purchase_id, attempts + 1 AS attempts
        FROM messages WHERE id = ${messageId} AND status = 'QUEUED' AND send_at <= ${now}
        FOR UPDATE SKIP LOCKED`;
      if (!rows[0]) return "skipped" as const;
      return deliverClaimed(deps, tx, "QUEUED", rows[0], now);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/**
 * Claims and delivers every due message (the embedded dispatcher's tick). PGlite has one connection, so a send is
 * not held in a transaction; a claim is a lease instead, taken over if its worker died.
 */
export async function dispatchDue(deps: WorkerDeps, now = new Date()): Promise<ProcessOutcome[]> {
  const claimed = await claimDue(deps.db, now, deps.config.leaseSeconds);
  const outcomes: ProcessOutcome[] = [];
  for (const c of claimed) outcomes.push(await deliverClaimed(deps, deps.db, "SENDING", c, now));
  return outcomes;
}

export function unsubscribeUrl(config: NotificationConfig, patientId: string, secret: string, now: Date): string {
  return `${config.appUrl}/unsubscribe/${createUnsubscribeToken(patientId, now, secret)}`;
}

/** `held`: the status the claimed row has while this worker holds it (only the holder writes the outcome). */
async function deliverClaimed(deps: WorkerDeps, db: Db, held: "QUEUED" | "SENDING", c: Claimed, now: Date): Promise<ProcessOutcome> {
  const { config } = deps;
  const ref: OutboxRef = { id: c.id, kind: c.kind, patientId: c.patient_id, clinicId: c.clinic_id, appointmentId: c.appointment_id, batchId: c.batch_id, purchaseId: c.purchase_id };
  const link = unsubscribeUrl(config, c.patient_id, deps.secret, now);
  let loaded;
  try {
    loaded = await loadMessageContext(db, ref, config, link, now);
  } catch (error) {
    return failAttempt(deps, db, held, c, error, now);
  }
  if (!loaded.ok) {
    await db.message.updateMany({ where: { id: c.id, status: held }, data: { status: "SUPPRESSED", suppressedReason: loaded.suppress, leaseUntil: null, attempts: c.attempts } });
    logInfo(`message ${c.id} suppressed`);
    return "suppressed";
  }
  const ctx = loaded.context;
  const rendered = renderMessage(ctx);
  try {
    const delivery = await deliver(config, {
      messageId: c.id,
      to: ctx.patient.email,
      fromName: ctx.clinic.senderName ?? ctx.clinic.name,
      replyTo: ctx.clinic.replyTo,
      unsubscribeUrl: link,
      rendered,
    });
    await db.message.updateMany({
      where: { id: c.id, status: held },
      data: {
        status: "SENT",
        attempts: c.attempts,
        sentAt: new Date(),
        leaseUntil: null,
        lastError: null,
        transport: delivery.transport,
        recipient: ctx.patient.email,
        subject: rendered.subject,
        textBody: rendered.text,
        htmlBody: rendered.html,
        icsFile: rendered.ics?.content ?? null,
        icsFileName: rendered.ics?.fileName ?? null,
      },
    });
    logInfo(`message ${c.id} ${delivery.transport === "smtp" ? "sent by SMTP" : "kept in the local outbox (no SMTP configured)"}`);
    return "sent";
  } catch (error) {
    return failAttempt(deps, db, held, c, error, now);
  }
}

/** A failed attempt: queued again with back-off, or FAILED (dead) once every attempt is used. */
async function failAttempt(deps: WorkerDeps, db: Db, held: "QUEUED" | "SENDING", c: Claimed, error: unknown, now: Date): Promise<ProcessOutcome> {
  const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 300);
  const final = c.attempts >= deps.config.maxAttempts;
  await db.message.updateMany({
    where: { id: c.id, status: held },
    data: final
      ? { status: "FAILED", attempts: c.attempts, lastError: reason, leaseUntil: null }
      : { status: "QUEUED", attempts: c.attempts, lastError: reason, leaseUntil: null, nextAttemptAt: new Date(now.getTime() + retryDelaySeconds(c.attempts) * 1000) },
  });
  // Ids only in logs: the reason (which may name the address) stays in the database for admins.
  logInfo(`message ${c.id} attempt ${c.attempts} failed${final ? "; giving up (FAILED)" : "; will retry"}`);
  return final ? "failed" : "retry";
}
