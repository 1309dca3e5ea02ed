import type { MessageContext, MessageKind } from "./types";

export const MESSAGE_KINDS: MessageKind[] = ["COURSE_CONFIRMATION", "APPOINTMENT_CONFIRMATION", "APPOINTMENT_RESCHEDULED", "APPOINTMENT_CANCELLED", "APPOINTMENT_REMINDER"];

type SampleClinic = MessageContext["clinic"];

/** Made-up data for the admin template preview: a clinic's real settings, an invented patient and course. */
export function sampleContext(kind: MessageKind, clinic: SampleClinic, now: Date, fromAddress: string): MessageContext {
  const day = 86_400_000;
  const base = Math.ceil(now.getTime() / day) * day + 7 * day + 9 * 3_600_000;
  const sessions = [0, 3, 7].map((d, i) => ({
    appointmentId: `sample-${i}`,
    startsAt: new Date(base + d * day),
    endsAt: new Date(base + d * day + 45 * 60_000),
    updatedAt: now,
    status: (kind === "APPOINTMENT_CANCELLED" ? "CANCELLED" : "SCHEDULED") as "SCHEDULED" | "CANCELLED",
    serviceName: "Physiotherapy",
    providerName: "Dr Sample",
    clinicName: clinic.name,
    clinicAddress: clinic.address,
    timeZone: clinic.timeZone,
  }));
  return {
    kind,
    patient: { firstName: "Sam", lastName: "Example", email: "sam@example.invalid" },
    clinic,
    packageName: kind === "COURSE_CONFIRMATION" ? "Physio 3 (sample)" : null,
    sessions: kind === "COURSE_CONFIRMATION" ? sessions : sessions.slice(0, 1),
    unsubscribeUrl: "https://cadence.example/unsubscribe/sample",
    fromAddress,
    now,
  };
}
