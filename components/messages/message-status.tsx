import { Badge } from "@/components/ui/badge";

export type MessageStatusView = {
  status: "QUEUED" | "SENDING" | "SENT" | "FAILED" | "SUPPRESSED";
  transport: string | null;
  attempts: number;
  lastError: string | null;
  suppressedReason: string | null;
};

export const KIND_LABELS: Record<string, string> = {
  COURSE_CONFIRMATION: "Course confirmation",
  APPOINTMENT_CONFIRMATION: "Booking confirmation",
  APPOINTMENT_RESCHEDULED: "Moved notice",
  APPOINTMENT_CANCELLED: "Cancellation notice",
  APPOINTMENT_REMINDER: "Reminder",
};

/** A message's delivery state in words: queued (retrying: why), sent (or kept locally), failed: why, not sent: why. */
export function MessageStatus({ m }: { m: MessageStatusView }) {
  switch (m.status) {
    case "SENT":
      return (
        <span className="inline-flex flex-wrap items-center gap-1">
          <Badge variant="success">sent</Badge>
          {m.transport === "local" && <span className="text-xs text-muted-foreground">local outbox — not sent: no SMTP configured</span>}
        </span>
      );
    case "FAILED":
      return (
        <span className="inline-flex flex-wrap items-center gap-1">
          <Badge variant="destructive">failed</Badge>
          <span className="text-xs">after {m.attempts} attempts: {m.lastError ?? "unknown error"}</span>
        </span>
      );
    case "SUPPRESSED":
      return (
        <span className="inline-flex flex-wrap items-center gap-1">
          <Badge variant="secondary">not sent</Badge>
          <span className="text-xs text-muted-foreground">{m.suppressedReason}</span>
        </span>
      );
    default:
      return (
        <span className="inline-flex flex-wrap items-center gap-1">
          <Badge variant="outline">{m.status === "SENDING" ? "sending" : "queued"}</Badge>
          {m.lastError && <span className="text-xs text-warning">retrying after attempt {m.attempts}: {m.lastError}</span>}
        </span>
      );
  }
}
