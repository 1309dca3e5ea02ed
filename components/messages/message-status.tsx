import { Badge } from "@/components/ui/badge";
import { KIND_LABELS as KIND_LABEL_BY_KIND, LOCAL_OUTBOX_WORDS } from "@/lib/notifications/status-words";

export type MessageStatusView = {
  status: "QUEUED" | "SENDING" | "SENT" | "FAILED" | "SUPPRESSED";
  transport: string | null;
  attempts: number;
  lastError: string | null;
  suppressedReason: string | null;
};

/** Indexed by the kind as stored (a string here). */
export const KIND_LABELS: Record<string, string> = KIND_LABEL_BY_KIND;

/** A message's delivery state in words: queued (retrying: why), sent (or kept locally), failed: why, not sent: why. */
export function MessageStatus({ m }: { m: MessageStatusView }) {
  switch (m.status) {
    case "SENT":
      return (
        <span className="inline-flex flex-wrap items-center gap-1">
          <Badge variant="success">sent</Badge>
          {m.transport === "local" && <span className="text-xs text-muted-foreground">{LOCAL_OUTBOX_WORDS}</span>}
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
