"use client";

import { useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { CalendarClock, CheckCheck, ListRestart, Loader2, LogIn, MoreHorizontal, UserX, XCircle } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { FailureAlert } from "@/components/ui/failure-alert";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { cn } from "@/lib/utils";
import type { AppointmentOutcome, AppointmentStatus, AppointmentSummary, AvailableActions } from "@/lib/appointments/types";
import { checkInAppointment, completeAppointment } from "./actions";
import { CancelAppointmentDialog, NoShowDialog } from "./confirm-dialogs";
import { RescheduleDialog } from "./reschedule-dialog";
import { useOutcomeAction } from "./use-outcome-action";

export type AppointmentActionsProps = {
  appointment: AppointmentSummary;
  /** What may be done now: `availableActions(facts, now)` from lib/appointments/rules, computed on the server. */
  actions: AvailableActions;
  /** After any successful action (the page is refreshed as well). */
  onDone?: (outcome: AppointmentOutcome) => void;
  /** "Re-plan the rest" after a package session was cancelled; without it the button links to the patient page. */
  onReplan?: (purchaseId: string) => void;
  /** In a table row: the next step as a button, the other actions behind "More". */
  compact?: boolean;
};

type Quick = "checkIn" | "complete";

/**
 * The lifecycle buttons of one appointment (PRODUCT §3.6): only those allowed now are shown. Check in and
 * Complete act at once; Cancel, No-show and Reschedule open a dialog first. Successes are announced with a toast;
 * after a cancelled package session the component offers to re-plan the rest of the course.
 */
export function AppointmentActions({ appointment, actions, onDone, onReplan, compact = false }: AppointmentActionsProps) {
  const router = useRouter();
  const { pending, error, run } = useOutcomeAction<Quick>();
  const [dialog, setDialog] = useState<"cancel" | "noShow" | "reschedule" | null>(null);
  const [moreOpen, setMoreOpen] = useState(false);
  // The button that opened a dialog gets focus back when it closes (the dialogs have no trigger of their own).
  const opener = useRef<HTMLElement | null>(null);
  const openDialog = (which: "cancel" | "noShow" | "reschedule", from: HTMLElement) => {
    opener.current = from;
    setDialog(which);
  };
  const returnFocus = (e: Event) => {
    if (!opener.current?.isConnected) return;
    e.preventDefault();
    opener.current.focus();
  };
  const [replan, setReplan] = useState<{ purchaseId: string; patientId: string; message: string } | null>(null);

  const finished = (outcome: AppointmentOutcome) => {
    setDialog(null);
    const replanId = outcome.replanPurchaseId;
    if (replanId && onReplan) {
      // In a table the row's actions go away with the refresh: the offer travels in the toast instead.
      toast.success(outcome.message, { duration: 15_000, action: { label: "Re-plan the rest", onClick: () => onReplan(replanId) } });
    } else if (replanId) {
      setReplan({ purchaseId: replanId, patientId: outcome.patientId, message: outcome.message });
    } else {
      toast.success(outcome.message);
    }
    router.refresh();
    onDone?.(outcome);
  };

  const quick = async (key: Quick) => {
    const call = key === "checkIn" ? checkInAppointment : completeAppointment;
    const result = await run(key, () => call({ appointmentId: appointment.id }));
    if (result?.ok) finished(result.data);
  };

  const close = (open: boolean) => !open && setDialog(null);
  // In a list (compact), the next step stays in view and the rest goes behind "More".
  const wide = compact ? "justify-start" : undefined;
  const buttons = [
    actions.checkIn && (
      <Button key="checkIn" type="button" size="sm" disabled={pending !== null} onClick={() => quick("checkIn")}>
        {pending === "checkIn" ? <Loader2 aria-hidden className="animate-spin" /> : <LogIn aria-hidden />}
        Check in
      </Button>
    ),
    actions.complete && (
      <Button key="complete" type="button" size="sm" variant={actions.checkIn ? "outline" : "default"} className={wide} disabled={pending !== null} onClick={() => quick("complete")}>
        {pending === "complete" ? <Loader2 aria-hidden className="animate-spin" /> : <CheckCheck aria-hidden />}
        Complete
      </Button>
    ),
    actions.reschedule && (
      <Button key="reschedule" type="button" size="sm" variant="outline" className={wide} disabled={pending !== null} onClick={(e) => openDialog("reschedule", e.currentTarget)}>
        <CalendarClock aria-hidden />
        Reschedule
      </Button>
    ),
    actions.noShow && (
      <Button key="noShow" type="button" size="sm" variant="outline" className={wide} disabled={pending !== null} onClick={(e) => openDialog("noShow", e.currentTarget)}>
        <UserX aria-hidden />
        Mark no-show
      </Button>
    ),
    actions.cancel && (
      <Button
        key="cancel"
        type="button"
        size="sm"
        variant="outline"
        className={cn("text-destructive hover:bg-destructive/5 hover:text-destructive", wide)}
        disabled={pending !== null}
        onClick={(e) => openDialog("cancel", e.currentTarget)}
      >
        <XCircle aria-hidden />
        Cancel appointment
      </Button>
    ),
  ].filter(Boolean);
  const any = buttons.length > 0;
  return (
    <div className="grid gap-3">
      {replan && (
        <Alert>
          <ListRestart aria-hidden />
          <AlertTitle className="line-clamp-none">{replan.message}</AlertTitle>
          <AlertDescription>
            <p>The session is back in the package: you can re-plan the rest of the course now.</p>
            {onReplan ? (
              <Button type="button" size="sm" className="mt-1" onClick={() => onReplan(replan.purchaseId)}>
                Re-plan the rest
              </Button>
            ) : (
              <Button asChild size="sm" className="mt-1">
                <Link href={`/patients/${replan.patientId}?replan=${encodeURIComponent(replan.purchaseId)}`}>Re-plan the rest</Link>
              </Button>
            )}
          </AlertDescription>
        </Alert>
      )}

      {any ? (
        compact && buttons.length > 1 ? (
          <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Appointment actions">
            {buttons[0]}
            <Popover open={moreOpen} onOpenChange={setMoreOpen}>
              <PopoverTrigger asChild>
                <Button type="button" size="sm" variant="ghost" aria-label={`More actions for ${appointment.patientName}`} disabled={pending !== null}>
                  <MoreHorizontal aria-hidden />
                  More
                </Button>
              </PopoverTrigger>
              {/* A choice closes the menu (its dialog, if any, takes over). */}
              <PopoverContent align="end" className="grid w-56 gap-1.5 p-2" aria-label={`Actions for ${appointment.patientName}`} onClick={() => setMoreOpen(false)}>
                {buttons.slice(1)}
              </PopoverContent>
            </Popover>
          </div>
        ) : (
          <div className="flex flex-wrap gap-2" role="group" aria-label="Appointment actions">
            {buttons}
          </div>
        )
      ) : (
        !replan && !compact && <p className="text-sm text-muted-foreground">{noActionsReason(appointment.status)}</p>
      )}

      {error && (
        <FailureAlert title="Nothing was changed">{error.message}</FailureAlert>
      )}

      {dialog === "cancel" && (
        <CancelAppointmentDialog open onOpenChange={close} appointment={appointment} lateCancel={actions} onDone={finished} onCloseAutoFocus={returnFocus} />
      )}
      {dialog === "noShow" && <NoShowDialog open onOpenChange={close} appointment={appointment} noShowNotice={actions.noShowNotice} onDone={finished} onCloseAutoFocus={returnFocus} />}
      {dialog === "reschedule" && <RescheduleDialog open onOpenChange={close} appointment={appointment} onDone={finished} onCloseAutoFocus={returnFocus} />}
    </div>
  );
}

function noActionsReason(status: AppointmentStatus): string {
  switch (status) {
    case "COMPLETED":
      return "This appointment is completed; there is nothing more to do.";
    case "CANCELLED":
      return "This appointment was cancelled.";
    case "NO_SHOW":
      return "This appointment was recorded as a no-show.";
    default:
      return "Nothing can be changed on this appointment now.";
  }
}
