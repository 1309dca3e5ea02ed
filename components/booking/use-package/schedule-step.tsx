"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Loader2, Sparkles } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import type { ActionError, ActionResult } from "@/lib/action-result";
import type { BookingOptions, ConfirmedBatch, PlanPreview as Plan, PreviewSession, ProviderOption, SessionChoice } from "@/lib/booking/types";
import { alternativesFor, autoSchedule, confirmPlan, loadBookingOptions } from "../actions";
import { newIdempotencyKey } from "../idempotency";
import { PlanPreview } from "../plan-preview";
import { ProviderMultiSelect } from "../provider-multi-select";
import { useLatestRequest } from "../use-latest-request";
import { ClinicChoice } from "./clinic-choice";
import { PatientChoicesPanel, choiceErrors } from "./patient-choices";
import { PurchaseSummary } from "./purchase-summary";
import type { TPatientChoices as PatientChoices } from "@/lib/validations/booking";
import { saveSchedulingPreferencesAction } from "@/app/(staff)/patients/actions";
import { ConfirmBar, ConfirmOutcomeAlert, ErrorAlert, flaggedSession, type ConfirmOutcome } from "./confirm-outcome";

type Pending = "options" | "providers" | "schedule" | "confirm" | null;
type EditablePlan = Plan & { confirmKey: string };

const toChoice = ({ serviceId, providerId, clinicId, start }: SessionChoice): SessionChoice => ({ serviceId, providerId, clinicId, start });
const byStart = (a: PreviewSession, b: PreviewSession) => Date.parse(a.start) - Date.parse(b.start);

/**
 * Clinics & providers → Auto Schedule → preview (remove / move) → Confirm, for one purchase. With
 * moveAppointmentIds, those booked sessions are planned again with the unbooked remainder and moved on Confirm.
 */
export function ScheduleStep({
  purchaseId,
  moveAppointmentIds,
  onBooked,
  onChangePackage,
}: {
  purchaseId: string;
  moveAppointmentIds?: string[];
  /** With the sessions as confirmed (clinic-time labels), for the Done screen. */
  onBooked: (batch: ConfirmedBatch, sessions: PreviewSession[]) => void;
  /** Offers "Change package" (the Use Package modal); absent when the purchase is given (re-planning). */
  onChangePackage?: () => void;
}) {
  const formId = useId();
  const [options, setOptions] = useState<BookingOptions | null>(null);
  const [providers, setProviders] = useState<ProviderOption[]>([]);
  const [clinicIds, setClinicIds] = useState<string[]>([]);
  const [providerIds, setProviderIds] = useState<string[]>([]);
  const [count, setCount] = useState("");
  const [choices, setChoices] = useState<PatientChoices | null>(null);
  const [saveChoices, setSaveChoices] = useState(false);
  const [plan, setPlan] = useState<EditablePlan | null>(null);
  const [pending, setPending] = useState<Pending>("options");
  const [error, setError] = useState<ActionError | null>(null);
  // Confirm is one transaction: whatever its refusal, nothing was booked, and a fresh plan is the way on. Without
  // an answer, though, it may have booked: see ConfirmOutcome.
  const [outcome, setOutcome] = useState<ConfirmOutcome>(null);
  const beginProviders = useLatestRequest();
  const previewRef = useRef<HTMLDivElement>(null);
  const focusPreview = useRef(false);
  // Sent only when set: the plain Use Package flow keeps calling the actions exactly as before.
  const moving = moveAppointmentIds && moveAppointmentIds.length > 0 ? { moveAppointmentIds } : {};
  const movingKey = moveAppointmentIds?.join(",") ?? "";

  useEffect(() => {
    let live = true;
    const ids = movingKey === "" ? undefined : movingKey.split(",");
    loadBookingOptions({ purchaseId, ...(ids ? { moveAppointmentIds: ids } : {}) }).then((result) => {
      if (!live) return;
      setPending(null);
      if (!result.ok) return setError(result.error);
      setOptions(result.data);
      setProviders(result.data.providers);
      setClinicIds(result.data.defaults.clinicIds);
      setProviderIds(result.data.defaults.providerIds);
      setChoices(result.data.patient.preferences);
    });
    return () => {
      live = false;
    };
  }, [purchaseId, movingKey]);

  const changeClinics = async (next: string[]) => {
    setClinicIds(next);
    setPlan(null);
    setError(null);
    const isLatest = beginProviders();
    if (next.length === 0) {
      setProviders([]);
      setProviderIds([]);
      setPending(null);
      return;
    }
    setPending("providers");
    const result = await loadBookingOptions({ purchaseId, clinicIds: next, ...moving });
    if (!isLatest()) return;
    setPending(null);
    if (!result.ok) return setError(result.error);
    const eligible = new Set(result.data.providers.map((p) => p.id));
    const kept = providerIds.filter((id) => eligible.has(id));
    setProviders(result.data.providers);
    setProviderIds(kept.length > 0 ? kept : result.data.defaults.providerIds.filter((id) => eligible.has(id)));
  };

  const changeProviders = (next: string[]) => {
    setProviderIds(next);
    setPlan(null);
  };

  const countNumber = count.trim() === "" ? undefined : Number(count);
  const countInvalid = countNumber !== undefined && (!Number.isInteger(countNumber) || countNumber < 1);
  const remaining = options?.purchase.remainingTotal ?? 0;
  const movingCount = moveAppointmentIds?.length ?? 0;

  const runAutoSchedule = async () => {
    setPending("schedule");
    setError(null);
    setOutcome(null);
    const chosen = choices ? { choices } : {};
    if (saveChoices && choices && options) {
      // "Start from" belongs to this booking; the rest is what the patient can always do.
      const { preferredWeekdays, preferredWindows, weekdaysOnly, windowsOnly, unavailableDates } = choices;
      const prefs = { preferredWeekdays, preferredWindows, weekdaysOnly, windowsOnly, unavailableDates };
      const saved = await saveSchedulingPreferencesAction(options.patient.id, prefs).catch(() => null);
      if (!saved || !saved.ok) {
        setPending(null);
        return setError(saved ? saved.error : { code: "INTERNAL", message: "Cadence could not be reached. Nothing was saved; try again." });
      }
      setSaveChoices(false);
    }
    const result = await autoSchedule({ purchaseId, clinicIds, providerIds, count: countNumber, ...moving, ...chosen });
    setPending(null);
    if (!result.ok) return setError(result.error);
    focusPreview.current = true;
    setPlan({ ...result.data, sessions: [...result.data.sessions].sort(byStart), confirmKey: newIdempotencyKey() });
  };

  // The proposal appears below the form: bring it into view rather than leave staff wondering, and put the keyboard
  // there (its heading), so Tab goes on to the sessions' Move and Remove. After the commit that renders it, not
  // in a timer that may run before it.
  useEffect(() => {
    if (!focusPreview.current) return;
    focusPreview.current = false;
    const heading = previewRef.current?.querySelector<HTMLElement>("#plan-preview-heading");
    if (!heading) return;
    previewRef.current?.scrollIntoView({ block: "start" });
    heading.focus({ preventScroll: true });
  }, [plan]);

  // An edited plan is a different intent from the one a previous Confirm may have sent: it gets a new key.
  const edit = (sessions: PreviewSession[]) => {
    if (!plan) return;
    setPlan({ ...plan, sessions, confirmKey: newIdempotencyKey() });
    setError(null);
    setOutcome(null);
  };

  const confirm = async () => {
    if (!plan || plan.sessions.length === 0) return;
    setPending("confirm");
    setError(null);
    setOutcome(null);
    // The same key on every attempt at this plan: a retry after a lost answer replays rather than books twice.
    const result: ActionResult<ConfirmedBatch> | null = await confirmPlan({ purchaseId, idempotencyKey: plan.confirmKey, sessions: plan.sessions.map(toChoice), ...moving }).catch(
      () => null,
    );
    setPending(null);
    if (!result || (!result.ok && result.error.code === "INTERNAL")) return setOutcome({ kind: "unknown" });
    if (!result.ok) return setOutcome({ kind: "failed", error: result.error, flagged: flaggedSession(result.error) });
    onBooked(result.data, plan.sessions);
  };

  if (!options) {
    return pending === "options" ? (
      <div className="grid gap-3" role="status" aria-label="Loading clinics and providers">
        <Skeleton className="h-6 w-48" />
        <Skeleton className="h-16 w-full" />
        <Skeleton className="h-9 w-full" />
      </div>
    ) : (
      <ErrorAlert error={error} />
    );
  }

  const busy = pending !== null;
  const canSchedule = clinicIds.length > 0 && providerIds.length > 0 && !countInvalid;
  return (
    <div className="grid gap-5">
      <PurchaseSummary purchase={options.purchase} movingCount={movingCount} onChangePackage={onChangePackage} disabled={pending === "confirm"} />

      <div className="grid gap-5 md:grid-cols-2">
        <ClinicChoice clinics={options.clinics} value={clinicIds} onChange={changeClinics} disabled={pending === "schedule" || pending === "confirm"} />
        <div className="grid content-start gap-4">
          <Field
            label="Providers"
            htmlFor={`${formId}-providers`}
            hint={
              clinicIds.length === 0
                ? "Choose a clinic first."
                : pending === "providers"
                  ? "Updating providers for the chosen clinics…"
                  : "Providers at the chosen clinics qualified for the remaining services."
            }
          >
            <ProviderMultiSelect
              id={`${formId}-providers`}
              providers={providers}
              value={providerIds}
              onChange={changeProviders}
              disabled={pending === "providers" || pending === "schedule" || pending === "confirm"}
            />
          </Field>
          <Field
            label="Number of sessions (optional)"
            htmlFor={`${formId}-count`}
            hint={`Leave empty to plan ${remaining === 1 ? "the remaining session" : `all ${remaining} remaining sessions`}.`}
            error={countInvalid ? "Enter a whole number of at least 1." : undefined}
          >
            <Input
              type="number"
              inputMode="numeric"
              min={1}
              max={remaining || undefined}
              value={count}
              onChange={(e) => {
                setCount(e.target.value);
                setPlan(null);
              }}
              className="w-32"
            />
          </Field>
        </div>
      </div>

      {choices && (
        <PatientChoicesPanel
          idPrefix={`${formId}-choices`}
          notes={options.patient.notes}
          value={choices}
          onChange={(next) => {
            setChoices(next);
            setPlan(null);
          }}
          save={saveChoices}
          onSave={setSaveChoices}
          errors={choiceErrors(error)}
          disabled={pending === "schedule" || pending === "confirm"}
        />
      )}

      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" onClick={runAutoSchedule} disabled={!canSchedule || busy} variant={plan ? "outline" : "default"}>
          {pending === "schedule" ? <Loader2 aria-hidden className="animate-spin" /> : <Sparkles aria-hidden />}
          Auto Schedule
        </Button>
        {!canSchedule && !busy && (
          <span className="text-sm text-muted-foreground">Choose at least one clinic and one provider.</span>
        )}
        {pending === "schedule" && (
          <span role="status" className="text-sm text-muted-foreground">
            Finding the best times…
          </span>
        )}
      </div>

      {error && <ErrorAlert error={error} />}

      {plan && (
        <div ref={previewRef} className="scroll-mt-4">
          <PlanPreview
            sessions={plan.sessions}
            unplaced={plan.unplaced}
            fitWarning={plan.fitWarning}
            flagged={outcome?.kind === "failed" ? outcome.flagged : null}
            disabled={busy}
            onRemove={(index) => edit(plan.sessions.filter((_, i) => i !== index))}
            onMove={(index, to) => edit(plan.sessions.map((s, i) => (i === index ? to : s)).sort(byStart))}
            loadAlternatives={(index, from) =>
              alternativesFor({
                purchaseId,
                clinicIds,
                providerIds,
                sessions: plan.sessions.map(toChoice),
                index,
                ...moving,
                ...(choices ? { choices } : {}),
                ...(from ? { from } : {}),
              })
            }
          />
        </div>
      )}

      <ConfirmOutcomeAlert outcome={outcome} disabled={busy} canSchedule={canSchedule} onAutoSchedule={runAutoSchedule} onRetry={confirm} />

      {plan && plan.sessions.length > 0 && (
        <ConfirmBar count={plan.sessions.length} moving={movingCount > 0} confirming={pending === "confirm"} disabled={busy} onConfirm={confirm} />
      )}
    </div>
  );
}
