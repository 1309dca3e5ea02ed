"use client";

import { useEffect, useState } from "react";
import { AlertTriangle, CheckCircle2, Loader2 } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { FailureAlert } from "@/components/ui/failure-alert";
import { Button } from "@/components/ui/button";
import type { AvailableTemplate, FitCheck } from "@/lib/booking/types";
import { assignPackage, checkTemplateFit } from "../actions";
import { newIdempotencyKey } from "../idempotency";

type Fit = { status: "loading" } | { status: "done"; fit: FitCheck } | { status: "error"; message: string };

/**
 * Before a template becomes a purchase: say whether its sessions fit before expiry with the default clinic and
 * providers, then assign it on an explicit click. Mounted per template (keyed), so one key per chosen template.
 */
export function TemplateAssign({
  patientId,
  template,
  onAssigned,
}: {
  patientId: string;
  template: AvailableTemplate;
  onAssigned: (purchaseId: string) => void;
}) {
  const [fit, setFit] = useState<Fit>({ status: "loading" });
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [assigning, setAssigning] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    checkTemplateFit({ patientId, packageId: template.id }).then((result) => {
      if (live) setFit(result.ok ? { status: "done", fit: result.data } : { status: "error", message: result.error.message });
    });
    return () => {
      live = false;
    };
  }, [patientId, template.id]);

  const assign = async () => {
    if (assigning) return;
    setAssigning(true);
    setError(null);
    const result = await assignPackage({ patientId, packageId: template.id, idempotencyKey });
    if (result.ok) return onAssigned(result.data.purchaseId);
    setAssigning(false);
    setError(result.error.message);
  };

  return (
    <div className="grid gap-3">
      {fit.status === "loading" ? (
        <p role="status" className="flex items-center gap-2 text-sm text-muted-foreground">
          <Loader2 aria-hidden className="size-4 animate-spin" /> Checking that {template.name} fits before it expires…
        </p>
      ) : fit.status === "error" ? (
        <p role="status" className="text-sm text-muted-foreground">
          Could not check the fit: {fit.message}
        </p>
      ) : fit.fit.fits ? (
        <p role="status" className="flex items-center gap-2 text-sm">
          <CheckCircle2 aria-hidden className="size-4 shrink-0 text-success" />
          {fit.fit.message ?? `All sessions of ${template.name} fit before it expires.`}
        </p>
      ) : (
        <Alert variant="warning">
          <AlertTriangle aria-hidden />
          <AlertTitle>May not fit before expiry</AlertTitle>
          <AlertDescription>{fit.fit.message ?? "Not every session fits before expiry with the default clinic and providers."}</AlertDescription>
        </Alert>
      )}
      {error && (
        <FailureAlert title="The package was not assigned">{error}</FailureAlert>
      )}
      <div className="flex flex-wrap items-center justify-end gap-3">
        <span className="text-sm text-muted-foreground">
          Creates a new purchase of {template.name} ({template.price}), valid {template.validityDays} days from today.
        </span>
        <Button type="button" onClick={assign} disabled={assigning}>
          {assigning && <Loader2 aria-hidden className="animate-spin" />}
          Assign package
        </Button>
      </div>
    </div>
  );
}
