"use client";

import { CalendarCheck, Loader2, RotateCw, Sparkles } from "lucide-react";
import { FailureAlert } from "@/components/ui/failure-alert";
import { Button } from "@/components/ui/button";
import type { ActionError } from "@/lib/action-result";

/**
 * What became of a Confirm that did not end on the Done screen. "failed": the server answered no (one transaction:
 * nothing was booked), and a refused session's row is `flagged` in the preview. "unknown": no answer (the connection
 * or the server failed) — the booking may have gone through, and resending the same request is safe: the server
 * books it at most once and answers a replay with what it booked.
 */
export type ConfirmOutcome = { kind: "failed"; error: ActionError; flagged: number | null } | { kind: "unknown" } | null;

/** The preview row a refusal points at: the server names it as `sessions.<index>` of the plan it was sent. */
export function flaggedSession(error: ActionError): number | null {
  for (const key of Object.keys(error.fieldErrors ?? {})) {
    const match = /^sessions\.(\d+)$/.exec(key);
    if (match) return Number(match[1]);
  }
  return null;
}

export function ConfirmOutcomeAlert({
  outcome,
  disabled,
  canSchedule,
  onAutoSchedule,
  onRetry,
}: {
  outcome: ConfirmOutcome;
  disabled: boolean;
  canSchedule: boolean;
  onAutoSchedule: () => void;
  onRetry: () => void;
}) {
  if (!outcome) return null;
  if (outcome.kind === "unknown") {
    return (
      <ErrorAlert
        error={{
          code: "INTERNAL",
          message:
            "The connection to Cadence failed before it answered, so the booking may or may not have been made. Try again: if it went through, you will see it booked, and nothing is booked twice.",
        }}
        title="We couldn't confirm whether the booking went through"
      >
        <Button type="button" size="sm" variant="outline" onClick={onRetry} disabled={disabled} className="mt-2">
          <RotateCw aria-hidden />
          Try again
        </Button>
      </ErrorAlert>
    );
  }
  return (
    <ErrorAlert error={outcome.error} title="Nothing was booked">
      <Button type="button" size="sm" variant="outline" onClick={onAutoSchedule} disabled={!canSchedule || disabled} className="mt-2">
        <Sparkles aria-hidden />
        Auto Schedule again
      </Button>
    </ErrorAlert>
  );
}

export function ErrorAlert({ error, title, children }: { error: ActionError | null; title?: string; children?: React.ReactNode }) {
  if (!error) return null;
  return (
    <FailureAlert title={title ?? "That did not work"}>
      <p>{error.message}</p>
      {children}
    </FailureAlert>
  );
}

/** Confirm with what it will do, at the foot of the step once a plan has sessions. */
export function ConfirmBar({ count, moving, confirming, disabled, onConfirm }: {
  count: number;
  /** Re-planning: some of the sessions are moved rather than taken from the package. */
  moving: boolean;
  confirming: boolean;
  disabled: boolean;
  onConfirm: () => void;
}) {
  const sessions = `${count} session${count === 1 ? "" : "s"}`;
  return (
    // Sticky: on a phone the cards run long, and Confirm stays in reach at the dialog's foot.
    <div className="sticky -bottom-6 z-10 -mx-6 flex flex-wrap items-center justify-end gap-3 border-t bg-popover px-6 py-4">
      <span className="text-sm text-muted-foreground">
        {moving
          ? `${sessions} will be booked. Sessions being moved leave their current times.`
          : `${sessions} will be booked and taken from the package.`}
      </span>
      <Button type="button" onClick={onConfirm} disabled={disabled}>
        {confirming ? <Loader2 aria-hidden className="animate-spin" /> : <CalendarCheck aria-hidden />}
        Confirm
      </Button>
    </div>
  );
}
