"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { FailureAlert } from "@/components/ui/failure-alert";
import { Button } from "@/components/ui/button";
import { DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import type { ConfirmedBatch, PackageOptions, PatientOption, PreviewSession } from "@/lib/booking/types";
import { loadPackageOptions } from "./actions";
import { FlowDialog, type FlowDialogProps } from "./flow-dialog";
import { ChosenPatient, PatientPicker } from "./patient-picker";
import { BookedSummary } from "./use-package/booked-summary";
import { StepIndicator } from "./step-indicator";
import { PackageChoice, type PackageSelection } from "./use-package/package-choice";
import { TemplateAssign } from "./use-package/template-assign";
import { ScheduleStep } from "./use-package/schedule-step";
import { useStepFocus } from "./use-step-focus";

type Props = FlowDialogProps & {
  /** Set when opened from a patient's page: the patient step is skipped. */
  patient?: PatientOption;
};

const STEPS = ["Patient", "Package", "Schedule", "Done"] as const;

/** The Use Package modal (PRODUCT §3.2–3.5). Its state lives inside the content, so closing it starts afresh. */
export function UsePackageDialog({ patient, ...dialog }: Props) {
  return (
    <FlowDialog className="sm:max-w-4xl" {...dialog}>
      <UsePackageFlow initialPatient={patient} />
    </FlowDialog>
  );
}

type Options = { status: "loading" } | { status: "done"; data: PackageOptions } | { status: "error"; message: string };
type Step = { name: "patient" } | { name: "package" } | { name: "schedule"; purchaseId: string } | { name: "done"; batch: ConfirmedBatch; purchaseId: string; sessions: PreviewSession[] };

function UsePackageFlow({ initialPatient }: { initialPatient?: PatientOption }) {
  const router = useRouter();
  const [patient, setPatient] = useState<PatientOption | null>(initialPatient ?? null);
  const [step, setStep] = useState<Step>(initialPatient ? { name: "package" } : { name: "patient" });
  const [options, setOptions] = useState<Options>({ status: "loading" });
  const [selection, setSelection] = useState<PackageSelection>(null);

  const patientId = step.name === "package" ? patient?.id : undefined;
  useEffect(() => {
    if (!patientId) return;
    let live = true;
    loadPackageOptions(patientId).then((result) => {
      if (!live) return;
      setOptions(result.ok ? { status: "done", data: result.data } : { status: "error", message: result.error.message });
    });
    return () => {
      live = false;
    };
  }, [patientId]);

  const goToPackages = () => {
    setOptions({ status: "loading" });
    setSelection(null);
    setStep({ name: "package" });
  };

  const stepIndex = { patient: 0, package: 1, schedule: 2, done: 3 }[step.name];
  const stepArea = useRef<HTMLDivElement>(null);
  useStepFocus(stepArea, step.name);
  return (
    <>
      <DialogHeader>
        <DialogTitle>Use Package</DialogTitle>
        <DialogDescription>
          Book a course of sessions from a package: choose the package, let Auto Schedule propose times, adjust, then confirm.
        </DialogDescription>
        <StepIndicator steps={STEPS} current={stepIndex} className="mt-2" />
      </DialogHeader>

      {patient && step.name !== "patient" && (
        <ChosenPatient
          patient={patient}
          onChange={
            initialPatient || step.name === "done"
              ? undefined
              : () => {
                  setSelection(null);
                  setStep({ name: "patient" });
                }
          }
        />
      )}

      {/* "contents": the steps keep the dialog's own layout (and the package step's sticky footer). */}
      <div ref={stepArea} className="contents">
      {step.name === "patient" && (
        <PatientPicker
          onPick={(p) => {
            setPatient(p);
            goToPackages();
          }}
        />
      )}

      {step.name === "package" &&
        (options.status === "loading" ? (
          <div className="grid gap-3" role="status" aria-label="Loading packages">
            <Skeleton className="h-5 w-48" />
            <div className="grid gap-2 sm:grid-cols-2">
              <Skeleton className="h-24" />
              <Skeleton className="h-24" />
            </div>
            <Skeleton className="h-5 w-48" />
            <div className="grid gap-2 sm:grid-cols-2">
              <Skeleton className="h-24" />
              <Skeleton className="h-24" />
            </div>
          </div>
        ) : options.status === "error" ? (
          <FailureAlert title="Packages could not be loaded">{options.message}</FailureAlert>
        ) : (
          <>
            <PackageChoice options={options.data} selection={selection} onSelect={setSelection} />
            <div className="sticky -bottom-6 -mx-6 -mb-6 border-t bg-popover px-6 py-4">
              {selection?.kind === "template" ? (
                <TemplateAssign
                  key={selection.template.id}
                  patientId={options.data.patient.id}
                  template={selection.template}
                  onAssigned={(purchaseId) => setStep({ name: "schedule", purchaseId })}
                />
              ) : (
                <div className="flex flex-wrap items-center justify-end gap-3">
                  <span className="text-sm text-muted-foreground">
                    {selection ? `${selection.purchase.packageName}: ${selection.purchase.remainingTotal} sessions left` : "Choose a package to continue."}
                  </span>
                  <Button
                    type="button"
                    disabled={!selection}
                    onClick={() => selection?.kind === "assigned" && setStep({ name: "schedule", purchaseId: selection.purchase.id })}
                  >
                    Continue
                  </Button>
                </div>
              )}
            </div>
          </>
        ))}

      {step.name === "schedule" && (
        <ScheduleStep
          purchaseId={step.purchaseId}
          onChangePackage={goToPackages}
          onBooked={(batch, sessions) => {
            setStep({ name: "done", batch, purchaseId: step.purchaseId, sessions });
            router.refresh();
          }}
        />
      )}

      {step.name === "done" && patient && (
        <BookedSummary
          patientId={step.batch.patientId}
          patientName={patient.name}
          purchaseId={step.purchaseId}
          count={step.batch.appointmentCount}
          sessions={step.sessions}
        />
      )}
      </div>
    </>
  );
}

