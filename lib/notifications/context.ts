import type { Db } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { APPOINTMENT_EVENT } from "@/lib/queries/appointment-listing";
import type { NotificationConfig } from "./config";
import type { MessageContext, MessageKind, MessageSession } from "./types";


export type OutboxRef = { id: string; kind: MessageKind; patientId: string; clinicId: string; appointmentId: string | null; batchId: string | null; purchaseId: string | null };

const sessionSelect = {
  ...APPOINTMENT_EVENT,
  clinic: { select: { name: true, address: true, timeZone: true } },
} satisfies Prisma.AppointmentSelect;

type SessionRow = Prisma.AppointmentGetPayload<{ select: typeof sessionSelect }>;

function toSession(a: SessionRow): MessageSession {
  return {
    appointmentId: a.id,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    updatedAt: a.updatedAt,
    status: a.status,
    serviceName: a.service.name,
    providerName: a.provider.title ? `${a.provider.name} (${a.provider.title})` : a.provider.name,
    clinicName: a.clinic.name,
    clinicAddress: a.clinic.address,
    timeZone: a.clinic.timeZone,
  };
}

export type LoadedContext = { ok: true; context: MessageContext } | { ok: false; suppress: string };

/**
 * The message's data as it is now. A message that must not go out any more says why: the patient opted out or has
 * no address, or (a reminder) the appointment is no longer scheduled.
 */
export async function loadMessageContext(db: Db, ref: OutboxRef, config: NotificationConfig, unsubscribeUrl: string, now: Date): Promise<LoadedContext> {
  const [patient, clinic] = await Promise.all([
    db.patient.findUnique({ where: { id: ref.patientId }, select: { firstName: true, lastName: true, email: true, emailOptOut: true } }),
    db.clinic.findUnique({ where: { id: ref.clinicId }, select: { name: true, address: true, phone: true, timeZone: true, locale: true, emailSenderName: true, emailReplyTo: true } }),
  ]);
  if (!patient || !clinic) return { ok: false, suppress: "patient or clinic no longer exists" };
  if (patient.emailOptOut) return { ok: false, suppress: "patient opted out of e-mail" };
  const email = patient.email?.trim();
  if (!email) return { ok: false, suppress: "patient has no e-mail address" };

  let sessions: MessageSession[];
  let packageName: string | null = null;
  if (ref.kind === "COURSE_CONFIRMATION" && ref.batchId) {
    const rows = await db.appointment.findMany({ where: { batchId: ref.batchId }, select: sessionSelect, orderBy: { startsAt: "asc" }, take: 200 });
    sessions = rows.map(toSession);
  } else {
    const row = ref.appointmentId ? await db.appointment.findUnique({ where: { id: ref.appointmentId }, select: sessionSelect }) : null;
    sessions = row ? [toSession(row)] : [];
  }
  if (sessions.length === 0) return { ok: false, suppress: "the appointments no longer exist" };
  if (ref.kind === "APPOINTMENT_REMINDER" && (sessions[0].status !== "SCHEDULED" || sessions[0].startsAt <= now)) {
    return { ok: false, suppress: "the appointment is no longer upcoming" };
  }
  if (ref.purchaseId) {
    packageName = (await db.packagePurchase.findUnique({ where: { id: ref.purchaseId }, select: { packageName: true } }))?.packageName ?? null;
  }
  return {
    ok: true,
    context: {
      kind: ref.kind,
      patient: { firstName: patient.firstName, lastName: patient.lastName, email },
      clinic: { name: clinic.name, address: clinic.address, phone: clinic.phone, timeZone: clinic.timeZone, locale: clinic.locale, senderName: clinic.emailSenderName, replyTo: clinic.emailReplyTo },
      packageName,
      sessions,
      unsubscribeUrl,
      fromAddress: config.from,
      now,
    },
  };
}
