import type { MessageKind } from "@/lib/generated/prisma/enums";

export type { MessageKind, MessageStatus } from "@/lib/generated/prisma/enums";

/** One appointment as a message shows it, in its clinic's zone. */
export type MessageSession = {
  appointmentId: string;
  startsAt: Date;
  endsAt: Date;
  updatedAt: Date;
  status: "SCHEDULED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW";
  serviceName: string;
  providerName: string;
  clinicName: string;
  clinicAddress: string | null;
  timeZone: string;
};

/** Everything a template needs; loaded at send time, so a message shows the booking as it is then. */
export type MessageContext = {
  kind: MessageKind;
  patient: { firstName: string; lastName: string; email: string };
  clinic: { name: string; address: string | null; phone: string | null; timeZone: string; locale: string; senderName: string | null; replyTo: string | null };
  packageName: string | null;
  sessions: MessageSession[];
  unsubscribeUrl: string;
  /** The From address (also the calendar ORGANIZER). */
  fromAddress: string;
  now: Date;
};

export type RenderedMessage = {
  subject: string;
  text: string;
  html: string;
  ics: { fileName: string; content: string; method: "REQUEST" | "CANCEL" } | null;
};
