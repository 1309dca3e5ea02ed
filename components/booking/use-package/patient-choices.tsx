"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { DatePicker } from "@/components/ui/date-picker";
import { Label } from "@/components/ui/label";
import { SchedulingPreferencesFields } from "@/components/admin/patients/preferences-fields";
import type { ActionError } from "@/lib/action-result";
import type { TPatientChoices as PatientChoices } from "@/lib/validations/booking";
import { PatientNotes } from "../patient-picker";

/**
 * "What did the patient say?": a first date, days and times (each only / prefer) and dates they cannot come,
 * prefilled from the patient's saved preferences; "save for this patient" keeps them for the next booking.
 */
export function PatientChoicesPanel({ idPrefix, notes, value, onChange, save, onSave, errors, disabled }: {
  idPrefix: string;
  notes: string | null;
  value: PatientChoices;
  onChange: (value: PatientChoices) => void;
  save: boolean;
  onSave: (save: boolean) => void;
  errors: Record<string, string>;
  disabled: boolean;
}) {
  // On a phone: min-w-0, as a fieldset is at least as wide as its content by default (it widened the whole dialog),
  // and the shared preference rows may wrap ("09:00 to 12:00 [remove]" is wider than the dialog at 390 px).
  return (
    <fieldset disabled={disabled} className="grid min-w-0 gap-4 rounded-lg border p-4">
      <legend className="px-1 text-sm font-semibold">When can the patient come?</legend>
      {notes && <PatientNotes notes={notes} />}
      <div className="grid gap-1.5">
        <Label htmlFor={`${idPrefix}-start-from`}>Start from (optional)</Label>
        <DatePicker
          id={`${idPrefix}-start-from`}
          className="w-52"
          value={value.startFrom ?? ""}
          onChange={(iso) => {
            onChange({ ...value, startFrom: iso || undefined });
          }}
        />
      </div>
      <SchedulingPreferencesFields idPrefix={idPrefix} value={value} onChange={(prefs) => onChange({ ...value, ...prefs })} errors={errors} />
      <div className="flex items-center gap-2">
        <Checkbox id={`${idPrefix}-save`} checked={save} onCheckedChange={(c) => onSave(c === true)} />
        <Label htmlFor={`${idPrefix}-save`} className="font-normal">
          Save these days, times and dates for this patient
        </Label>
      </div>
    </fieldset>
  );
}

/** Field errors of the choices ("choices.preferredWindows.0.start"), keyed as the preference fields name them. */
export function choiceErrors(error: ActionError | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(error?.fieldErrors ?? {})) {
    if (key.startsWith("choices.")) out[key.slice("choices.".length)] = message;
    else if (!key.includes(".") && ["preferredWindows", "preferredWeekdays", "unavailableDates"].includes(key)) out[key] = message;
  }
  return out;
}
