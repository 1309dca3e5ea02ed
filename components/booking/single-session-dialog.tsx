"use client";

import { useEffect, useId, useState } from "react";
import { useRouter } from "next/navigation";
import { CalendarCheck, CheckCircle2, Loader2 } from "lucide-react";
import { FailureAlert } from "@/components/ui/failure-alert";
import { Button } from "@/components/ui/button";
import { DialogHeading } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { ActionResult } from "@/lib/action-result";
import type { BookingContext, ClinicOption, ConfirmedBatch, PatientOption, ProviderOption, ServiceOption, SlotOption } from "@/lib/booking/types";
import { bookSingle, freeSlots, listClinicsForSingle, listProvidersForSingle, listServicesForSingle } from "./actions";
import { newIdempotencyKey } from "./idempotency";
import { BookedCloseButtons } from "./booked-close-buttons";
import { FlowDialog, type FlowDialogProps } from "./flow-dialog";
import { SlotPicker, SlotsStatus, type SlotsState } from "./slot-picker";
import { ChosenPatient, PatientPicker } from "./patient-picker";
import { useLatestRequest } from "./use-latest-request";

type Props = FlowDialogProps & {
  patient?: PatientOption;
  /** Started from a calendar slot: that clinic (and provider) preselected, free times searched from that time. */
  context?: BookingContext;
};

/** One appointment outside a package (PRODUCT §3.1): patient → service → clinic → provider → free slot → Confirm. */
export function SingleSessionDialog({ patient, context, ...dialog }: Props) {
  return (
    <FlowDialog className="sm:max-w-2xl" {...dialog}>
      <DialogHeading
        title="Single session"
        description={
          context
            ? "Book one appointment: free times are shown from the time you picked in the calendar."
            : "Book one appointment at a free time of the chosen provider."
        }
      />
      <SingleSessionFlow initialPatient={patient} context={context} />
    </FlowDialog>
  );
}

type List<T> = { status: "idle" } | { status: "loading" } | { status: "done"; items: T[] } | { status: "error"; message: string };

/** Loads a list whenever its inputs change; `null` inputs mean "not yet" (the list stays idle). */
function useList<T>(load: (() => Promise<ActionResult<T[]>>) | null, deps: unknown[], onLoad?: (items: T[]) => void): List<T> {
  const [state, setState] = useState<{ deps: string; list: List<T> }>({ deps: "", list: { status: "idle" } });
  const depsKey = JSON.stringify(deps);
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then((result) => {
      if (!live) return;
      setState({ deps: depsKey, list: result.ok ? { status: "done", items: result.data } : { status: "error", message: result.error.message } });
      if (result.ok) onLoad?.(result.data);
    });
    return () => {
      live = false;
    };
    // `load` is rebuilt every render; depsKey says when its inputs changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [depsKey, load === null]);
  if (!load) return { status: "idle" };
  return state.deps === depsKey ? state.list : { status: "loading" };
}

function SingleSessionFlow({ initialPatient, context }: { initialPatient?: PatientOption; context?: BookingContext }) {
  const router = useRouter();
  const id = useId();
  const [patient, setPatient] = useState<PatientOption | null>(initialPatient ?? null);
  const [serviceId, setServiceId] = useState("");
  const [clinicId, setClinicId] = useState(context?.clinicId ?? "");
  const [providerId, setProviderId] = useState("");
  const [slots, setSlots] = useState<SlotOption[]>([]);
  const [slotsState, setSlotsState] = useState<SlotsState>({ status: "idle" });
  const [slot, setSlot] = useState<SlotOption | null>(null);
  const [bookKey, setBookKey] = useState(newIdempotencyKey);
  const [booking, setBooking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [booked, setBooked] = useState<ConfirmedBatch | null>(null);
  const beginSlots = useLatestRequest();

  const services = useList<ServiceOption>(patient ? () => listServicesForSingle(context ? { clinicId: context.clinicId } : {}) : null, [patient?.id]);
  const clinics = useList<ClinicOption>(serviceId ? () => listClinicsForSingle({ serviceId }) : null, [serviceId]);
  const loadSlots = async (forProvider: string, from?: string) => {
    if (!patient || !serviceId || !clinicId || !forProvider) return;
    setSlotsState({ status: from ? "more" : "loading" });
    const isLatest = beginSlots();
    const result = await freeSlots({ patientId: patient.id, serviceId, clinicId, providerId: forProvider, from: from ?? context?.from });
    if (!isLatest()) return;
    if (!result.ok) return setSlotsState({ status: "error", message: result.error.message });
    setSlots((previous) => {
      const merged = from ? [...previous, ...result.data] : result.data;
      return merged.filter((s, i) => merged.findIndex((t) => t.start === s.start) === i);
    });
    setSlotsState({ status: "done" });
  };

  // From a calendar slot, the slot's provider is chosen as soon as the list shows them qualified for the service.
  const presetProvider = (items: ProviderOption[]) => {
    const wanted = context?.providerId;
    if (!wanted || clinicId !== context.clinicId || providerId || !items.some((p) => p.id === wanted)) return;
    setProviderId(wanted);
    loadSlots(wanted);
  };
  const providers = useList<ProviderOption>(
    serviceId && clinicId ? () => listProvidersForSingle({ serviceId, clinicId }) : null,
    [serviceId, clinicId],
    presetProvider,
  );

  const resetFrom = (level: "service" | "clinic" | "provider") => {
    if (level === "service") setClinicId(context?.clinicId ?? "");
    if (level !== "provider") setProviderId("");
    setSlots([]);
    setSlot(null);
    setSlotsState({ status: "idle" });
    setError(null);
  };

  const choose = (s: SlotOption) => {
    setSlot(s);
    setBookKey(newIdempotencyKey());
    setError(null);
  };

  const confirm = async () => {
    if (!patient || !slot || booking) return;
    setBooking(true);
    setError(null);
    const { serviceId: sId, providerId: pId, clinicId: cId, start } = slot;
    const result = await bookSingle({ patientId: patient.id, idempotencyKey: bookKey, slot: { serviceId: sId, providerId: pId, clinicId: cId, start } });
    setBooking(false);
    if (!result.ok) return setError(result.error.message);
    setBooked(result.data);
    router.refresh();
  };

  if (booked && patient && slot) {
    return (
      <div className="grid justify-items-center gap-3 py-6 text-center" role="status">
        <CheckCircle2 aria-hidden className="size-10 text-success" />
        <p className="text-lg font-semibold">Booked {slot.serviceName} for {patient.name}</p>
        <p className="text-sm text-muted-foreground">
          {slot.dateLabel}, {slot.timeLabel} with {slot.providerName} at {slot.clinicName}
        </p>
        <div className="mt-2 flex gap-2">
          <BookedCloseButtons patientId={booked.patientId} />
        </div>
      </div>
    );
  }

  if (!patient) return <PatientPicker onPick={setPatient} />;

  return (
    <div className="grid gap-4">
      <ChosenPatient patient={patient} onChange={initialPatient ? undefined : () => setPatient(null)} />
      <div className="grid gap-3">
        <ListSelect
          id={`${id}-service`}
          label="Service"
          list={services}
          value={serviceId}
          onChange={(v) => {
            setServiceId(v);
            resetFrom("service");
          }}
          render={(s) => `${s.name} (${s.durationMin} min)`}
        />
        <ListSelect
          id={`${id}-clinic`}
          label="Clinic"
          list={clinics}
          value={clinicId}
          placeholder={serviceId ? undefined : "Choose a service first"}
          onChange={(v) => {
            setClinicId(v);
            resetFrom("clinic");
          }}
          render={(c) => c.name}
        />
        <ListSelect
          id={`${id}-provider`}
          label="Provider"
          list={providers}
          value={providerId}
          placeholder={clinicId ? undefined : "Choose a clinic first"}
          onChange={(v) => {
            setProviderId(v);
            resetFrom("provider");
            loadSlots(v);
          }}
          render={(p) => (p.title ? `${p.name} · ${p.title}` : p.name)}
        />
      </div>

      <SlotsStatus state={slotsState} />

      {slotsState.status !== "idle" && slotsState.status !== "loading" && slotsState.status !== "error" && (
        <SlotPicker
          legend="Free times"
          slots={slots}
          selected={slot}
          onChoose={choose}
          loadingMore={slotsState.status === "more"}
          onLater={(after) => loadSlots(providerId, after)}
          emptyText="No free time found for this provider."
        />
      )}

      {error && (
        <FailureAlert title="Nothing was booked">{error}</FailureAlert>
      )}

      <div className="flex flex-wrap items-center justify-end gap-3 border-t pt-4">
        <span className="text-sm text-muted-foreground">
          {slot ? `${slot.serviceName} · ${slot.dateLabel}, ${slot.timeLabel} · ${slot.providerName}` : "Choose a free time."}
        </span>
        <Button type="button" disabled={!slot || booking} onClick={confirm}>
          {booking ? <Loader2 aria-hidden className="animate-spin" /> : <CalendarCheck aria-hidden />}
          Confirm
        </Button>
      </div>
    </div>
  );
}

function ListSelect<T extends { id: string }>({
  id,
  label,
  list,
  value,
  onChange,
  render,
  placeholder,
}: {
  id: string;
  label: string;
  list: List<T>;
  value: string;
  onChange: (value: string) => void;
  render: (item: T) => string;
  placeholder?: string;
}) {
  const items = list.status === "done" ? list.items : [];
  const empty = list.status === "done" && items.length === 0;
  return (
    <div className="grid min-w-0 gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Select value={value} onValueChange={onChange} disabled={list.status !== "done" || empty}>
        <SelectTrigger id={id} className="w-full min-w-0" aria-describedby={list.status === "error" ? `${id}-error` : undefined}>
          <SelectValue
            placeholder={
              list.status === "loading" ? "Loading…" : empty ? `No ${label.toLowerCase()} available` : (placeholder ?? `Choose ${label.toLowerCase()}`)
            }
          />
        </SelectTrigger>
        <SelectContent>
          {items.map((item) => (
            <SelectItem key={item.id} value={item.id}>
              {render(item)}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      {list.status === "error" && (
        <p id={`${id}-error`} role="alert" className="text-[13px] text-destructive">
          {list.message}
        </p>
      )}
    </div>
  );
}
