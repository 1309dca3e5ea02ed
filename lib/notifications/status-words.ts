import { formatDateTime } from "@/lib/format";
import type { MessageKind, MessageStatus } from "./types";

// A message's state as one line of plain words ("Reminder queued for …", "Cancellation notice failed: …"), for
// places that show an appointment's messages without a table. Pure: the zone is an argument.

export const KIND_LABELS: Record<MessageKind, string> = {
  COURSE_CONFIRMATION: "Course confirmation",
  APPOINTMENT_CONFIRMATION: "Booking confirmation",
  APPOINTMENT_RESCHEDULED: "Moved notice",
  APPOINTMENT_CANCELLED: "Cancellation notice",
  APPOINTMENT_REMINDER: "Reminder",
};

/** What the words need of a message: never its bodies or recipient. */
export type MessageStatusFacts = {
  id: string;
  kind: MessageKind;
  status: MessageStatus;
  transport: string | null;
  lastError: string | null;
  suppressedReason: string | null;
  sendAt: Date;
  sentAt: Date | null;
};

export type MessageStatusLine = { id: string; kind: MessageKind; tone: "ok" | "waiting" | "problem"; words: string };

/** The words for local delivery (no SMTP_URL), as the outbox and the patient page say it. */
export const LOCAL_OUTBOX_WORDS = "local outbox — not sent: no SMTP configured";

export function messageStatusLine(m: MessageStatusFacts, timeZone: string): MessageStatusLine {
  const label = KIND_LABELS[m.kind] ?? m.kind;
  const line = (tone: MessageStatusLine["tone"], words: string) => ({ id: m.id, kind: m.kind, tone, words: `${label} ${words}` });
  switch (m.status) {
    case "SENT":
      return m.transport === "local"
        ? line("ok", `kept in the ${LOCAL_OUTBOX_WORDS} (${formatDateTime(m.sentAt ?? m.sendAt, timeZone)})`)
        : line("ok", `sent ${formatDateTime(m.sentAt ?? m.sendAt, timeZone)}`);
    case "FAILED":
      return line("problem", `failed: ${m.lastError ?? "unknown error"}`);
    case "SUPPRESSED":
      return line("problem", `not sent: ${m.suppressedReason ?? "withheld"}`);
    case "SENDING":
      return line("waiting", "sending now");
    default:
      return line("waiting", `queued for ${formatDateTime(m.sendAt, timeZone)}${m.lastError ? ` (retrying after: ${m.lastError})` : ""}`);
  }
}

/**
 * One line per kind of message, the newest of each (a reschedule re-queues the reminder; the old one is history),
 * in the order the messages were given (newest first).
 */
export function latestStatusLines(messages: readonly MessageStatusFacts[], timeZone: string): MessageStatusLine[] {
  const seen = new Set<MessageKind>();
  const lines: MessageStatusLine[] = [];
  for (const m of messages) {
    if (seen.has(m.kind)) continue;
    seen.add(m.kind);
    lines.push(messageStatusLine(m, timeZone));
  }
  return lines;
}
