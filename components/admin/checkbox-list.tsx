"use client";

import { CheckboxField } from "@/components/admin/checkbox-field";

/** A labelled group of checkboxes choosing ids (services offered, clinics worked at…). */
export function CheckboxList({ idPrefix, legend, hideLegend, options, selected, onChange, error, hint, empty }: {
  idPrefix: string;
  legend: string;
  /** When a heading above already says it (the legend stays for screen readers). */
  hideLegend?: boolean;
  options: { id: string; name: string; active: boolean }[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  /** A sentence under the boxes, e.g. what the choice means. */
  hint?: string;
  empty: string;
}) {
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset className="grid gap-2" aria-describedby={[hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined}>
      <legend className={hideLegend ? "sr-only" : "mb-2 text-sm font-medium"}>{legend}</legend>
      {options.length === 0 && <p className="text-sm text-muted-foreground">{empty}</p>}
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {options.map((o) => (
          <CheckboxField
            key={o.id}
            id={`${idPrefix}-${o.id}`}
            label={o.active ? o.name : `${o.name} (inactive)`}
            checked={selected.includes(o.id)}
            onChange={(on) => onChange(on ? [...selected, o.id] : selected.filter((id) => id !== o.id))}
          />
        ))}
      </div>
      {hint && (
        <p id={hintId} className="text-[13px] text-muted-foreground">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} role="alert" className="text-[13px] font-medium text-destructive">
          {error}
        </p>
      )}
    </fieldset>
  );
}
