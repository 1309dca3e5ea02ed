"use client";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

// Radix Select keeps "" for its placeholder, so the no-clinic choice needs a value of its own.
const NONE = "__none";

/**
 * A clinic by name, with one choice first for none of them ("No default", "All clinics"); `value` and `onChange`
 * speak "" for that choice.
 */
export function ClinicSelect({ id, clinics, value, onChange, noneLabel, className, "aria-describedby": describedBy }: {
  id: string;
  clinics: readonly { id: string; name: string }[];
  value: string;
  onChange: (clinicId: string) => void;
  noneLabel: string;
  className?: string;
  "aria-describedby"?: string;
}) {
  return (
    <Select value={value || NONE} onValueChange={(v) => onChange(v === NONE ? "" : v)}>
      <SelectTrigger id={id} className={className} aria-describedby={describedBy}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        <SelectItem value={NONE}>{noneLabel}</SelectItem>
        {clinics.map((c) => (
          <SelectItem key={c.id} value={c.id}>
            {c.name}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
