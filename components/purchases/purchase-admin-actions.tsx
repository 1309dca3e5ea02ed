"use client";

import { useId, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { AlertTriangle, CalendarClock, Loader2, XCircle, type LucideIcon } from "lucide-react";
import { toast } from "sonner";
import { cancelPurchase, extendPurchaseExpiry } from "@/app/admin/purchases/actions";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { FailureAlert } from "@/components/ui/failure-alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger, DialogHeading } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { DatePicker } from "@/components/ui/date-picker";
import { Textarea } from "@/components/ui/textarea";
import type { ActionError, ActionResult } from "@/lib/action-result";
import type { PurchaseOutcome } from "@/lib/appointments/types";
import { formatCalendarDate } from "@/lib/format";

type Purchase = {
  id: string;
  packageName: string;
  /** The current last usable day as shown ("3 Mar 2026"), and the earliest new one (YYYY-MM-DD, purchase's zone). */
  lastDayLabel: string;
  minNewLastDay: string;
  /** Booked sessions still to come: cancelling the package cancels them. */
  upcomingCount: number;
};

/** "2026-03-04" → "4 Mar 2026" (a calendar date: no zone involved). */
const formatKey = (key: string) => formatCalendarDate(new Date(`${key}T00:00:00Z`));

const UNREACHABLE: ActionError = { code: "INTERNAL", message: "Cadence could not be reached. Nothing was changed." };

/** Admin-only: extend a purchase's expiry or cancel it (PRODUCT §3.6). Both ask for a reason, which is audited. */
export function PurchaseAdminActions({ purchase }: { purchase: Purchase }) {
  return (
    <>
      <ExtendExpiryDialog purchase={purchase} />
      <CancelPurchaseDialog purchase={purchase} />
    </>
  );
}

/** Sends an action, keeping its error for the form; on success says what happened and reloads the page's data. */
function useSubmit(onSuccess: () => void) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const submit = async (send: () => Promise<ActionResult<PurchaseOutcome>>) => {
    setPending(true);
    setError(null);
    try {
      const result = await send();
      if (!result.ok) return setError(result.error);
      toast.success(result.data.message);
      onSuccess();
      router.refresh();
    } catch {
      setError(UNREACHABLE);
    } finally {
      setPending(false);
    }
  };
  return { pending, error, setError, submit };
}

function FormError({ error }: { error: ActionError | null }) {
  // Field errors are shown at their fields; the sentence says what to do about them.
  if (!error) return null;
  return (
    <FailureAlert>{error.message}</FailureAlert>
  );
}

function ExtendExpiryDialog({ purchase }: { purchase: Purchase }) {
  const id = useId();
  const [lastDay, setLastDay] = useState("");
  const min = purchase.minNewLastDay;
  return (
    <ReasonDialog
      action="Extend expiry"
      icon={CalendarClock}
      description={`“${purchase.packageName}” can be used until ${purchase.lastDayLabel}. Choose a later last day; sessions can then be booked up to the end of that day.`}
      onOpen={() => setLastDay("")}
      fields={({ checked, error }) => (
        <Field
          label="New last day"
          htmlFor={`${id}-last-day`}
          hint={`Currently ${purchase.lastDayLabel}.`}
          error={
            error?.fieldErrors?.lastDay ??
            (checked && lastDay === "" ? "Choose the new last day." : checked && lastDay < min ? `Choose ${formatKey(min)} or later.` : undefined)
          }
        >
          <DatePicker min={min} value={lastDay} onChange={setLastDay} required className="w-52" />
        </Field>
      )}
      fieldsValid={lastDay !== "" && lastDay >= min}
      reasonMissing="Give a reason for the extension."
      keepLabel="Keep current expiry"
      send={(reason) => extendPurchaseExpiry({ purchaseId: purchase.id, lastDay, reason })}
    />
  );
}

function CancelPurchaseDialog({ purchase }: { purchase: Purchase }) {
  const n = purchase.upcomingCount;
  return (
    <ReasonDialog
      action="Cancel package"
      icon={XCircle}
      destructive
      description={`“${purchase.packageName}” will end for good. This cannot be undone.`}
      notice={
        <Alert variant="warning">
          <AlertTriangle aria-hidden />
          <AlertTitle>Nothing goes back to the patient</AlertTitle>
          <AlertDescription>
            {n > 0 ? (
              <p>
                {n === 1 ? "Its 1 upcoming appointment is" : `All ${n} upcoming appointments of this course are`} cancelled too, and no session is returned.
                Sessions not yet used are lost.
              </p>
            ) : (
              <p>No upcoming appointments of this course are booked. Sessions not yet used are lost.</p>
            )}
          </AlertDescription>
        </Alert>
      }
      reasonMissing="Give a reason for cancelling the package."
      keepLabel="Keep package"
      send={(reason) => cancelPurchase({ purchaseId: purchase.id, reason })}
    />
  );
}

/**
 * An audited change to a purchase: a dialog whose form asks for a reason (and any `fields` before it), checks them
 * on submit and sends the trimmed reason. `action` names the trigger, the title and the submit button alike.
 */
function ReasonDialog({ action, icon: Icon, destructive = false, description, notice, fields, fieldsValid = true, onOpen, reasonMissing, keepLabel, send }: {
  action: string;
  icon: LucideIcon;
  destructive?: boolean;
  description: string;
  /** Shown between the header and the form. */
  notice?: ReactNode;
  /** `checked`: a submit has been tried, so empty fields say so. */
  fields?: (state: { checked: boolean; error: ActionError | null }) => ReactNode;
  fieldsValid?: boolean;
  /** Clears the state `fields` keep when the dialog opens again. */
  onOpen?: () => void;
  reasonMissing: string;
  keepLabel: string;
  send: (reason: string) => Promise<ActionResult<PurchaseOutcome>>;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [checked, setChecked] = useState(false);
  const { pending, error, setError, submit } = useSubmit(() => setOpen(false));
  const reasonError = error?.fieldErrors?.reason ?? (checked && reason.trim() === "" ? reasonMissing : undefined);

  const change = (next: boolean) => {
    setOpen(next);
    if (next) {
      onOpen?.();
      setReason("");
      setChecked(false);
      setError(null);
    }
  };

  return (
    <Dialog open={open} onOpenChange={change}>
      <DialogTrigger asChild>
        <Button type="button" size="sm" variant="ghost" className={destructive ? "text-destructive hover:text-destructive" : undefined}>
          <Icon aria-hidden />
          {action}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeading title={action} description={description} />
        {notice}
        <form
          noValidate
          className="grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            setChecked(true);
            if (!fieldsValid || reason.trim() === "") return;
            void submit(() => send(reason.trim()));
          }}
        >
          {fields?.({ checked, error })}
          <Field label="Reason" htmlFor={`${id}-reason`} hint="Recorded in the audit log." error={reasonError}>
            <Textarea value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500} rows={3} />
          </Field>
          <FormError error={error} />
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="ghost">
                {keepLabel}
              </Button>
            </DialogClose>
            <Button type="submit" variant={destructive ? "destructive" : "default"} disabled={pending}>
              {pending && <Loader2 aria-hidden className="animate-spin" />}
              {action}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
