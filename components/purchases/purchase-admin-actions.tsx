"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { AlertCircle, AlertTriangle, CalendarClock, Loader2, XCircle } from "lucide-react";
import { toast } from "sonner";
import { cancelPurchase, extendPurchaseExpiry } from "@/app/admin/purchases/actions";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
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
    <Alert variant="destructive">
      <AlertCircle aria-hidden />
      <AlertDescription>{error.message}</AlertDescription>
    </Alert>
  );
}

function ExtendExpiryDialog({ purchase }: { purchase: Purchase }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [lastDay, setLastDay] = useState("");
  const [reason, setReason] = useState("");
  const [checked, setChecked] = useState(false);
  const { pending, error, setError, submit } = useSubmit(() => setOpen(false));
  const min = purchase.minNewLastDay;

  const lastDayError =
    error?.fieldErrors?.lastDay ??
    (checked && lastDay === "" ? "Choose the new last day." : checked && lastDay < min ? `Choose ${formatKey(min)} or later.` : undefined);
  const reasonError = error?.fieldErrors?.reason ?? (checked && reason.trim() === "" ? "Give a reason for the extension." : undefined);

  const change = (next: boolean) => {
    setOpen(next);
    if (next) {
      setLastDay("");
      setReason("");
      setChecked(false);
      setError(null);
    }
  };

  return (
    <Dialog open={open} onOpenChange={change}>
      <DialogTrigger asChild>
        <Button type="button" size="sm" variant="ghost">
          <CalendarClock aria-hidden />
          Extend expiry
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Extend expiry</DialogTitle>
          <DialogDescription>
            “{purchase.packageName}” can be used until {purchase.lastDayLabel}. Choose a later last day; sessions can then be booked up to the end of that day.
          </DialogDescription>
        </DialogHeader>
        <form
          noValidate
          className="grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            setChecked(true);
            if (lastDay === "" || lastDay < min || reason.trim() === "") return;
            void submit(() => extendPurchaseExpiry({ purchaseId: purchase.id, lastDay, reason: reason.trim() }));
          }}
        >
          <Field label="New last day" htmlFor={`${id}-last-day`} hint={`Currently ${purchase.lastDayLabel}.`} error={lastDayError}>
            <DatePicker min={min} value={lastDay} onChange={setLastDay} required className="w-52" />
          </Field>
          <Field label="Reason" htmlFor={`${id}-reason`} hint="Recorded in the audit log." error={reasonError}>
            <Textarea value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500} rows={3} />
          </Field>
          <FormError error={error} />
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="ghost">
                Keep current expiry
              </Button>
            </DialogClose>
            <Button type="submit" disabled={pending}>
              {pending && <Loader2 aria-hidden className="animate-spin" />}
              Extend expiry
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function CancelPurchaseDialog({ purchase }: { purchase: Purchase }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [checked, setChecked] = useState(false);
  const { pending, error, setError, submit } = useSubmit(() => setOpen(false));
  const reasonError = error?.fieldErrors?.reason ?? (checked && reason.trim() === "" ? "Give a reason for cancelling the package." : undefined);
  const n = purchase.upcomingCount;

  const change = (next: boolean) => {
    setOpen(next);
    if (next) {
      setReason("");
      setChecked(false);
      setError(null);
    }
  };

  return (
    <Dialog open={open} onOpenChange={change}>
      <DialogTrigger asChild>
        <Button type="button" size="sm" variant="ghost" className="text-destructive hover:text-destructive">
          <XCircle aria-hidden />
          Cancel package
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Cancel package</DialogTitle>
          <DialogDescription>“{purchase.packageName}” will end for good. This cannot be undone.</DialogDescription>
        </DialogHeader>
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
        <form
          noValidate
          className="grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            setChecked(true);
            if (reason.trim() === "") return;
            void submit(() => cancelPurchase({ purchaseId: purchase.id, reason: reason.trim() }));
          }}
        >
          <Field label="Reason" htmlFor={`${id}-reason`} hint="Recorded in the audit log." error={reasonError}>
            <Textarea value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500} rows={3} />
          </Field>
          <FormError error={error} />
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="ghost">
                Keep package
              </Button>
            </DialogClose>
            <Button type="submit" variant="destructive" disabled={pending}>
              {pending && <Loader2 aria-hidden className="animate-spin" />}
              Cancel package
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
