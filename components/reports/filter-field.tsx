import type { ReactNode } from "react";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

/** One labelled control of a report's filter form. */
export function FilterField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children}
    </div>
  );
}

/**
 * A native select, so the plain GET form submits it without JavaScript. `anyLabel` names the empty choice (no
 * filter); without it one of the options must be chosen.
 */
export function FilterSelect({ id, name, label, defaultValue, anyLabel, options, className }: {
  id: string;
  name: string;
  label: string;
  defaultValue: string | null;
  anyLabel?: string;
  options: readonly { value: string; label: string }[];
  className?: string;
}) {
  return (
    <FilterField id={id} label={label}>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        className={cn(
          "h-9 rounded-md border border-input bg-card px-3 text-sm focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring/40",
          className,
        )}
      >
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FilterField>
  );
}
