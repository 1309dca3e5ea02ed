"use client";

import { useId, useState } from "react";
import { AlertTriangle, Loader2, UserX, XCircle, type LucideIcon } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { FailureAlert } from "@/components/ui/failure-alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogHeading } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { lateCancelNoticeAt } from "@/lib/appointments/rules";
import type { AppointmentOutcome, AppointmentSummary, AvailableActions } from "@/lib/appointments/types";
import { formats, type HourCycle } from "@/lib/format";
import { useHourCycle } from "@/components/shell/format-preferences";
import { cancelAppointment, markNoShow } from "./actions";
import { useOutcomeAction } from "./use-outcome-action";

/** What every dialog about one appointment takes (cancel, no-show, reschedule). */
export type AppointmentDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  appointment: AppointmentSummary;
  onDone: (outcome: AppointmentOutcome) => void;
  /** Opened without a trigger: the caller puts focus back where the user was. */
  onCloseAutoFocus?: (event: Event) => void;
};

/** "Mon 30 Nov 2026, 09:00–09:45 GMT" in the clinic's zone and locale, with the reader's hour cycle. */
export function appointmentWhen(a: Pick<AppointmentSummary, "startsAt" | "endsAt" | "timeZone" | "locale">, hourCycle?: HourCycle | null): string {
  const start = new Date(a.startsAt);
  const f = formats({ timeZone: a.timeZone, locale: a.locale, hourCycle });
  return `${f.dateTime(start)}–${f.time(new Date(a.endsAt))} ${f.zone(start)}`;
}

/** What the appointment is, for dialog descriptions: "Physiotherapy for Jane Doe with Sarah Patel, Mon 30 Nov …". */
export function AppointmentLine({ appointment: a }: { appointment: AppointmentSummary }) {
  const hourCycle = useHourCycle();
  return (
    <>
      {a.serviceName} for <span className="font-medium text-foreground">{a.patientName}</span> with {a.providerName}, {appointmentWhen(a, hourCycle)}
      {a.packageName ? ` · from “${a.packageName}”` : ""}.
    </>
  );
}

const REASON_MIN = 3;
const REASON_MAX = 500;

/** Cancelling needs a reason; inside the late-cancel window the dialog says first what happens to the session. */
export function CancelAppointmentDialog({
  open,
  onOpenChange,
  appointment,
  lateCancel,
  onDone,
  onCloseAutoFocus,
}: AppointmentDialogProps & { lateCancel: Pick<AvailableActions, "lateCancelFrom" | "lateCancelWarning"> }) {
  const id = useId();
  // Decided when the dialog opens, not when the page was rendered: the page may have been open for hours.
  const [lateCancelNotice] = useState(() => lateCancelNoticeAt(lateCancel, new Date()));
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const { pending, error, run } = useOutcomeAction<"cancel">();

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const trimmed = reason.trim();
    if (trimmed.length < REASON_MIN) return setReasonError("Say briefly why the appointment is cancelled.");
    setReasonError(null);
    const result = await run("cancel", () => cancelAppointment({ appointmentId: appointment.id, reason: trimmed }));
    if (result?.ok) onDone(result.data);
  };

  const serverReasonError = error?.fieldErrors?.reason;
  return (
    <Dialog open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <form onSubmit={submit} className="grid gap-4" noValidate>
          <DialogHeading title="Cancel appointment" description={<AppointmentLine appointment={appointment} />} />
          {lateCancelNotice && (
            <Alert variant="warning" role="note">
              <AlertTriangle aria-hidden />
              <AlertTitle>Late cancellation</AlertTitle>
              <AlertDescription>{lateCancelNotice}</AlertDescription>
            </Alert>
          )}
          <Field label="Reason for cancelling" htmlFor={`${id}-reason`} error={reasonError ?? serverReasonError} hint="Kept in the appointment's history.">
            <Textarea
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required
              minLength={REASON_MIN}
              maxLength={REASON_MAX}
              rows={3}
              placeholder="e.g. Patient is unwell"
            />
          </Field>
          {error && !serverReasonError && (
            <FailureAlert title="The appointment was not cancelled">{error.message}</FailureAlert>
          )}
          <DestructiveFooter pending={pending !== null} keepLabel="Keep appointment" icon={XCircle} confirmLabel="Cancel appointment" />
        </form>
      </DialogContent>
    </Dialog>
  );
}

/** A no-show is recorded only after a confirmation: it may use up the package session. */
export function NoShowDialog({ open, onOpenChange, appointment, noShowNotice, onDone, onCloseAutoFocus }: AppointmentDialogProps & { noShowNotice: string | null }) {
  const { pending, error, run } = useOutcomeAction<"noShow">();
  const confirm = async () => {
    const result = await run("noShow", () => markNoShow({ appointmentId: appointment.id }));
    if (result?.ok) onDone(result.data);
  };
  return (
    <Dialog open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeading title="Mark as no-show?" description={<AppointmentLine appointment={appointment} />} />
        <p className="text-sm">
          The patient did not come. {noShowNotice ?? "This cannot be undone."}
        </p>
        {error && (
          <FailureAlert title="Nothing was changed">{error.message}</FailureAlert>
        )}
        <DestructiveFooter pending={pending !== null} keepLabel="Go back" icon={UserX} confirmLabel="Mark no-show" onConfirm={confirm} />
      </DialogContent>
    </Dialog>
  );
}

/**
 * A way back and the destructive step, which spins while it runs; without `onConfirm` the step submits the
 * dialog's form (its checks run first).
 */
function DestructiveFooter({ pending, keepLabel, icon: Icon, confirmLabel, onConfirm }: {
  pending: boolean;
  keepLabel: string;
  icon: LucideIcon;
  confirmLabel: string;
  onConfirm?: () => void;
}) {
  return (
    <DialogFooter>
      <DialogClose asChild>
        <Button type="button" variant="outline" disabled={pending}>
          {keepLabel}
        </Button>
      </DialogClose>
      <Button type={onConfirm ? "button" : "submit"} variant="destructive" disabled={pending} onClick={onConfirm}>
        {pending ? <Loader2 aria-hidden className="animate-spin" /> : <Icon aria-hidden />}
        {confirmLabel}
      </Button>
    </DialogFooter>
  );
}
