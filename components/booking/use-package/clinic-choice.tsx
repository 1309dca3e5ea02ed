"use client";

import { useId } from "react";
import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import type { ClinicOption } from "@/lib/booking/types";

/** Clinics that can host the remaining sessions; "partial" ones say which services they lack. */
export function ClinicChoice({
  clinics,
  value,
  onChange,
  disabled,
}: {
  clinics: ClinicOption[];
  value: string[];
  onChange: (clinicIds: string[]) => void;
  disabled?: boolean;
}) {
  const base = useId();
  if (clinics.length === 0) {
    return (
      <p className="rounded-lg border border-dashed px-3 py-4 text-sm text-muted-foreground">
        No clinic offers the services left in this package.
      </p>
    );
  }
  return (
    <fieldset className="grid min-w-0 content-start gap-2">
      <legend className="mb-2 text-sm font-medium">Clinics</legend>
      {clinics.map((c, index) => {
        const id = `${base}-${c.id}`;
        const checked = value.includes(c.id);
        return (
          <div key={c.id} className="flex items-start gap-3 rounded-lg border bg-card px-3 py-2.5 has-[[data-state=checked]]:border-primary/60">
            <Checkbox
              id={id}
              checked={checked}
              disabled={disabled}
              onCheckedChange={(next) => onChange(next === true ? [...value, c.id] : value.filter((v) => v !== c.id))}
              aria-describedby={c.coverage === "partial" ? `${id}-partial` : undefined}
              // The Use Package dialog's schedule step starts here (useStepFocus).
              data-step-focus={index === 0 ? "" : undefined}
              className="mt-0.5"
            />
            <div className="grid gap-0.5">
              <Label htmlFor={id} className="font-medium">
                {c.name}
              </Label>
              <span className="text-xs text-muted-foreground">{c.address ?? c.timeZone.replace(/_/g, " ")}</span>
              {c.coverage === "partial" && (
                <span id={`${id}-partial`} className="flex flex-wrap items-center gap-1.5 text-xs">
                  <Badge variant="warning">Partial</Badge>
                  offers only some services: missing {c.missingServices.join(", ")}
                </span>
              )}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
