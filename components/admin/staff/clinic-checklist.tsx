"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";

export function ClinicChecklist({ clinics, selected, onChange, error, disabledHint }: {
  clinics: { id: string; name: string; active: boolean }[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  disabledHint?: string;
}) {
  return (
    <fieldset aria-describedby={[disabledHint ? "clinicIds-hint" : null, error ? "clinicIds-error" : null].filter(Boolean).join(" ") || undefined}>
      <legend className="mb-2 text-sm font-medium">Clinics</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {clinics
          .filter((c) => c.active || selected.includes(c.id))
          .map((c) => (
            <div key={c.id} className="flex items-center gap-2">
              <Checkbox
                id={`clinic-${c.id}`}
                checked={selected.includes(c.id)}
                onCheckedChange={(on) => onChange(on === true ? [...selected, c.id] : selected.filter((id) => id !== c.id))}
              />
              <Label htmlFor={`clinic-${c.id}`} className="font-normal">
                {c.name}
              </Label>
            </div>
          ))}
      </div>
      {disabledHint && (
        <p id="clinicIds-hint" className="mt-1.5 text-[13px] text-muted-foreground">
          {disabledHint}
        </p>
      )}
      {error && (
        <p id="clinicIds-error" role="alert" className="mt-1.5 text-[13px] font-medium text-destructive">
          {error}
        </p>
      )}
    </fieldset>
  );
}
