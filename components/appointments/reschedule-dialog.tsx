"use client";

import { useEffect, useId, useState } from "react";
import { CalendarCheck, Loader2 } from "lucide-react";
import { FailureAlert } from "@/components/ui/failure-alert";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogHeading } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { ActionResult } from "@/lib/action-result";
import type { AppointmentOutcome, AppointmentSummary } from "@/lib/appointments/types";
import type { ProviderOption, SlotOption } from "@/lib/booking/types";
import { DateJump } from "@/components/booking/date-jump";
import { FlowDialog } from "@/components/booking/flow-dialog";
import { SlotPicker, SlotsStatus } from "@/components/booking/slot-picker";
import { useLatestRequest } from "@/components/booking/use-latest-request";
import { listRescheduleProviders, rescheduleAppointment, rescheduleSlots } from "./actions";
import { AppointmentLine, type AppointmentDialogProps } from "./confirm-dialogs";
import { useOutcomeAction } from "./use-outcome-action";

type SlotsState = { status: "loading" | "more" | "done" } | { status: "error"; message: string };
type Providers = { status: "loading" } | { status: "done"; items: ProviderOption[] } | { status: "error"; message: string };

/**
 * Moves an appointment to a free slot (PRODUCT §3.6: same session, new slot, same guarantees): the current
 * provider or another one at the clinic, free times grouped by day, then confirm. A slot taken meanwhile is
 * explained and the list reloaded, so the user simply picks again.
 */
export function RescheduleDialog({ open, onOpenChange, appointment, onDone, onCloseAutoFocus }: AppointmentDialogProps) {
  const { pending, run } = useOutcomeAction<"move">();
  return (
    <FlowDialog className="sm:max-w-2xl" open={open} onOpenChange={(next) => !pending && onOpenChange(next)} onCloseAutoFocus={onCloseAutoFocus}>
      <DialogHeading title="Reschedule appointment" description={<AppointmentLine appointment={appointment} />} />
      <RescheduleFlow appointment={appointment} onDone={onDone} pending={pending !== null} run={run} />
    </FlowDialog>
  );
}

function RescheduleFlow({
  appointment,
  onDone,
  pending,
  run,
}: {
  appointment: AppointmentSummary;
  onDone: (outcome: AppointmentOutcome) => void;
  pending: boolean;
  run: ReturnType<typeof useOutcomeAction<"move">>["run"];
}) {
  const id = useId();
  const [providers, setProviders] = useState<Providers>({ status: "loading" });
  const [providerId, setProviderId] = useState(appointment.providerId ?? "");
  const [slots, setSlots] = useState<SlotOption[]>([]);
  const [slotsState, setSlotsState] = useState<SlotsState>({ status: "loading" });
  const [slot, setSlot] = useState<SlotOption | null>(null);
  const [failure, setFailure] = useState<{ taken: boolean; message: string } | null>(null);
  const [jumpDate, setJumpDate] = useState("");
  const [jumpedTo, setJumpedTo] = useState<string | null>(null);
  const [jumpError, setJumpError] = useState<string | null>(null);
  const begin = useLatestRequest();

  // Only the answer to the latest request may fill the list (the provider can change while one is under way).
  // `from`: "Later times" (added to the list); `fromDate`: "First free on or after" (a new list from that date).
  const loadSlots = (forProvider: string, at: { from?: string; fromDate?: string } = {}) => {
    const isLatest = begin();
    rescheduleSlots({ appointmentId: appointment.id, providerId: forProvider || undefined, ...at })
      .catch(() => unreachable<SlotOption[]>())
      .then((result) => {
        if (!isLatest()) return;
        if (!result.ok && at.fromDate) {
          setJumpError(result.error.message);
          return setSlotsState({ status: "done" });
        }
        if (!result.ok) return setSlotsState({ status: "error", message: result.error.message });
        setJumpError(null);
        setSlots((previous) => {
          const merged = at.from ? [...previous, ...result.data] : result.data;
          return merged.filter((s, i) => merged.findIndex((t) => t.start === s.start && t.providerId === s.providerId) === i);
        });
        if (at.fromDate) setJumpedTo(at.fromDate);
        else if (!at.from) setJumpedTo(null);
        setSlotsState({ status: "done" });
      });
  };

  // On open: the providers who can take the appointment, and the current provider's free times.
  useEffect(() => {
    let live = true;
    listRescheduleProviders({ appointmentId: appointment.id })
      .catch(() => unreachable<ProviderOption[]>())
      .then((result) => {
        if (!live) return;
        if (!result.ok) return setProviders({ status: "error", message: result.error.message });
        setProviders({ status: "done", items: result.data });
        if (!appointment.providerId) {
          const current = result.data.find((p) => p.name === appointment.providerName);
          if (current) setProviderId(current.id);
        }
      });
    loadSlots(appointment.providerId ?? "");
    return () => {
      live = false;
    };
    // Once per opened dialog (the dialog is mounted on open).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const chooseProvider = (value: string) => {
    setProviderId(value);
    setSlot(null);
    setSlots([]);
    setFailure(null);
    setSlotsState({ status: "loading" });
    loadSlots(value);
  };

  const confirm = async () => {
    if (!slot) return;
    setFailure(null);
    const result = await run("move", () => rescheduleAppointment({ appointmentId: appointment.id, providerId: slot.providerId, start: slot.start }));
    if (!result) return;
    if (result.ok) return onDone(result.data);
    const taken = result.error.code === "SLOT_TAKEN";
    setFailure({ taken, message: result.error.message });
    if (taken) {
      setSlot(null);
      setSlotsState({ status: "loading" });
      loadSlots(providerId);
    }
  };

  const items = providers.status === "done" ? providers.items : [];
  return (
    <div className="grid gap-4">
      <div className="grid gap-1.5 sm:max-w-sm">
        <Label htmlFor={`${id}-provider`}>Provider</Label>
        <Select value={providerId} onValueChange={chooseProvider} disabled={providers.status !== "done" || items.length === 0 || pending}>
          <SelectTrigger id={`${id}-provider`} className="w-full min-w-0">
            <SelectValue placeholder={providers.status === "loading" ? "Loading…" : appointment.providerName} />
          </SelectTrigger>
          <SelectContent>
            {items.map((p) => (
              <SelectItem key={p.id} value={p.id}>
                {p.title ? `${p.name} · ${p.title}` : p.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        {providers.status === "error" && (
          <p role="alert" className="text-[13px] text-destructive">
            {providers.message}
          </p>
        )}
      </div>

      <SlotsStatus state={slotsState} />
      <div className="grid gap-1">
        <DateJump
          id={`${id}-from`}
          value={jumpDate}
          onChange={setJumpDate}
          pending={slotsState.status === "loading"}
          onJump={(date) => {
            setSlot(null);
            setSlotsState({ status: "loading" });
            loadSlots(providerId, { fromDate: date });
          }}
        />
        {jumpError && (
          <p role="alert" className="text-[13px] text-destructive">
            {jumpError}
          </p>
        )}
      </div>

      {(slotsState.status === "done" || slotsState.status === "more") && slots.length > 0 && (
        <p className="text-sm text-muted-foreground" role="status">
          {rangeSentence(slots, jumpedTo)}
        </p>
      )}
      {(slotsState.status === "done" || slotsState.status === "more") && (
        <SlotPicker
          legend="New time"
          slots={slots}
          selected={slot}
          onChoose={(s) => {
            setSlot(s);
            setFailure(null);
          }}
          loadingMore={slotsState.status === "more"}
          onLater={(after) => {
            setSlotsState({ status: "more" });
            loadSlots(providerId, { from: after });
          }}
          emptyText="No free time found for this provider. Try another provider."
          className="grid max-h-[45vh] gap-3 overflow-y-auto pr-1"
        />
      )}

      {failure && (
        <FailureAlert title={failure.taken ? "That time is no longer free" : "The appointment was not moved"}>
          <p>{failure.message}</p>
          {failure.taken && <p>The free times have been refreshed: please choose another.</p>}
        </FailureAlert>
      )}

      <div className="flex flex-wrap items-center justify-end gap-3 border-t pt-4">
        <span className="mr-auto text-sm text-muted-foreground">
          {slot ? `New time: ${slot.dateLabel}, ${slot.timeLabel} · ${slot.providerName}` : "Choose a new time."}
        </span>
        <DialogClose asChild>
          <Button type="button" variant="outline" disabled={pending}>
            Keep current time
          </Button>
        </DialogClose>
        <Button type="button" disabled={!slot || pending} onClick={confirm}>
          {pending ? <Loader2 aria-hidden className="animate-spin" /> : <CalendarCheck aria-hidden />}
          Move appointment
        </Button>
      </div>
    </div>
  );
}

/** What the list shows: "Free times from Tue 17 Dec 2026 to Mon 23 Dec 2026", and when a jump found nothing on its day, that. */
function rangeSentence(slots: SlotOption[], jumpedTo: string | null): string {
  const first = slots[0].dateLabel;
  const last = slots[slots.length - 1].dateLabel;
  const range = first === last ? `Free times on ${first}` : `Free times from ${first} to ${last}`;
  if (!jumpedTo) return `${range} (clinic time).`;
  const asked = new Date(`${jumpedTo}T00:00:00Z`).toLocaleDateString("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  return asked === first ? `${range} (clinic time).` : `No free time on ${asked}: the first after it is on ${first}. ${range} (clinic time).`;
}

function unreachable<T>(): ActionResult<T> {
  return { ok: false, error: { code: "INTERNAL", message: "Cadence could not be reached. Please try again." } };
}
