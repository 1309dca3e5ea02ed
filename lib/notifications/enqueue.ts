import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MessageKind } from "./types";
import { reminderSendAt } from "./reminder-time";

type Tx = Prisma.TransactionClient;

/** A booking change that patients hear about. */
export type BookingEvent =
  | { type: "course.booked"; batchId: string; purchaseId: string | null; appointmentIds: string[] }
  | { type: "appointment.booked"; appointmentId: string }
  | { type: "appointment.rescheduled"; appointmentId: string }
  | { type: "appointment.cancelled"; appointmentId: string };

/**
 * What the outbox needs to know of a booked appointment: the patient's address and opt-out (suppression) and the
 * clinic's zone and reminder lead (when the reminder goes). Callers that read the appointment anyway spread this
 * into their select and pass the rows in, so the outbox does not read them again.
 */
export const MESSAGE_FACTS = {
  id: true,
  patientId: true,
  clinicId: true,
  startsAt: true,
  patient: { select: { email: true, emailOptOut: true } },
  clinic: { select: { timeZone: true, reminderHours: true } },
} satisfies Prisma.AppointmentSelect;

export type MessageFacts = Prisma.AppointmentGetPayload<{ select: typeof MESSAGE_FACTS }>;
type Facts = MessageFacts;
type Row = Prisma.MessageCreateManyInput;

/**
 * The transactional outbox: call with the booking's transaction client, right before it commits. The messages are
 * written (and, on PostgreSQL, their queue jobs added by a trigger) in that transaction, so a rolled-back change
 * sends nothing and a committed one is always delivered. Idempotent per dedupe key. Patients without an address or
 * who opted out get SUPPRESSED rows (visible, never sent). `known`: the events' appointments as the caller already
 * has them (as they are now, after the change); only the others are read.
 */
export async function enqueueMessages(tx: Tx, events: readonly BookingEvent[], now: Date, known: readonly MessageFacts[] = []): Promise<void> {
  const ids = [...new Set(events.flatMap((e) => (e.type === "course.booked" ? e.appointmentIds : [e.appointmentId])))];
  if (ids.length === 0) return;
  const byId = new Map(known.map((a) => [a.id, a]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    for (const a of await tx.appointment.findMany({ where: { id: { in: missing } }, select: MESSAGE_FACTS })) byId.set(a.id, a);
  }
  const messages: Row[] = [];
  const cancelled: string[] = [];
  for (const event of events) {
    if (event.type === "course.booked") {
      const booked = event.appointmentIds.map((id) => byId.get(id)).filter((a): a is Facts => !!a).sort((x, y) => +x.startsAt - +y.startsAt);
      if (booked.length === 0) continue;
      messages.push(message(booked[0], "COURSE_CONFIRMATION", `course-confirmation:${event.batchId}`, { batchId: event.batchId, purchaseId: event.purchaseId, appointmentId: null }));
      for (const a of booked) pushReminder(messages, a, now);
      continue;
    }
    const a = byId.get(event.appointmentId);
    if (!a) continue;
    if (event.type === "appointment.booked") {
      messages.push(message(a, "APPOINTMENT_CONFIRMATION", `confirmation:${a.id}`));
      pushReminder(messages, a, now);
    } else if (event.type === "appointment.rescheduled") {
      messages.push(message(a, "APPOINTMENT_RESCHEDULED", `rescheduled:${a.id}:${crypto.randomUUID()}`));
      await moveReminder(tx, messages, a, now);
    } else {
      messages.push(message(a, "APPOINTMENT_CANCELLED", `cancelled:${a.id}`));
      cancelled.push(a.id);
    }
  }
  // One statement for every cancelled appointment's queued reminders (a package cancel may cancel dozens).
  if (cancelled.length > 0) {
    await tx.message.updateMany({
      where: { appointmentId: { in: cancelled }, kind: "APPOINTMENT_REMINDER", status: "QUEUED" },
      data: { status: "SUPPRESSED", suppressedReason: "appointment cancelled" },
    });
  }
  if (messages.length > 0) await tx.message.createMany({ data: messages, skipDuplicates: true });
}

function suppression(a: Facts): string | null {
  if (a.patient.emailOptOut) return "patient opted out of e-mail";
  if (!a.patient.email?.trim()) return "patient has no e-mail address";
  return null;
}

function message(a: Facts, kind: MessageKind, dedupeKey: string, refs: Partial<Row> = {}): Row {
  const reason = suppression(a);
  return {
    dedupeKey,
    kind,
    patientId: a.patientId,
    clinicId: a.clinicId,
    appointmentId: a.id,
    ...refs,
    ...(reason ? { status: "SUPPRESSED" as const, suppressedReason: reason } : {}),
  };
}

function reminderKey(a: Facts): string {
  return `reminder:${a.id}:${a.startsAt.toISOString()}`;
}

/** No reminder for an appointment booked inside its reminder window. */
function pushReminder(messages: Row[], a: Facts, now: Date): void {
  const sendAt = reminderSendAt(a.startsAt, a.clinic.timeZone, a.clinic.reminderHours);
  if (sendAt <= now) return;
  messages.push({ ...message(a, "APPOINTMENT_REMINDER", reminderKey(a)), sendAt, nextAttemptAt: sendAt });
}

/** A moved appointment's queued reminder moves with it (its queue job too), or is dropped inside the window. */
async function moveReminder(tx: Tx, messages: Row[], a: Facts, now: Date): Promise<void> {
  const sendAt = reminderSendAt(a.startsAt, a.clinic.timeZone, a.clinic.reminderHours);
  const queued = await tx.message.findMany({ where: { appointmentId: a.id, kind: "APPOINTMENT_REMINDER", status: "QUEUED" }, select: { id: true }, orderBy: { createdAt: "asc" } });
  const [keep, ...rest] = sendAt > now ? queued : [undefined, ...queued];
  if (rest.length > 0) {
    await tx.message.updateMany({ where: { id: { in: rest.map((r) => r!.id) } }, data: { status: "SUPPRESSED", suppressedReason: "appointment moved inside the reminder window" } });
  }
  if (keep) {
    // Moved back to a time whose reminder already exists (sent, say): that one stands, this one is dropped.
    const taken = await tx.message.findUnique({ where: { dedupeKey: reminderKey(a) }, select: { id: true } });
    await tx.message.update({
      where: { id: keep.id },
      data: taken && taken.id !== keep.id ? { status: "SUPPRESSED", suppressedReason: "a reminder for this time exists" } : { sendAt, nextAttemptAt: sendAt, dedupeKey: reminderKey(a) },
    });
  } else {
    pushReminder(messages, a, now);
  }
}
