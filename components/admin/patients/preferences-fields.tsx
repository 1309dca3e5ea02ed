"use client";

import type * as React from "react";
import { Plus, Trash2, X } from "lucide-react";
import { WEEKDAY_NAMES } from "@/lib/validations/common";
import type { SchedulingPrefsValue, WindowValue } from "@/lib/patients/preferences";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { DatePicker, dateInWords } from "@/components/ui/date-picker";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";


const SUGGESTED_WINDOWS: WindowValue[] = [
  { start: "09:00", end: "12:00" },
  { start: "12:00", end: "14:00" },
  { start: "14:00", end: "17:00" },
  { start: "17:00", end: "20:00" },
];

/** A new row starts as the first usual window not yet taken, so adding one never creates an overlap. */
function nextWindow(windows: WindowValue[]): WindowValue {
  const overlaps = (a: WindowValue, b: WindowValue) => a.start < b.end && b.start < a.end;
  return SUGGESTED_WINDOWS.find((s) => !windows.some((w) => overlaps(s, w))) ?? { start: "", end: "" };
}


/**
 * Weekdays and time-of-day windows, each either the only ones the patient can come ("only": the auto-scheduler
 * never leaves them) or merely preferred, and dates the patient cannot come. `idPrefix` keeps ids unique when two
 * of these are on one page.
 */
export function SchedulingPreferencesFields({ value, onChange, errors, idPrefix = "prefs" }: {
  value: SchedulingPrefsValue;
  onChange: (value: SchedulingPrefsValue) => void;
  errors: Record<string, string>;
  idPrefix?: string;
}) {
  const set = <K extends keyof SchedulingPrefsValue>(key: K, v: SchedulingPrefsValue[K]) => onChange({ ...value, [key]: v });
  return (
    <div className="space-y-5">
      <PreferencesFields
        idPrefix={idPrefix}
        weekdays={value.preferredWeekdays}
        windows={value.preferredWindows}
        onWeekdays={(days) => set("preferredWeekdays", days)}
        onWindows={(windows) => set("preferredWindows", windows)}
        errors={errors}
        daysMode={<OnlyOrPrefer name={`${idPrefix}-days-mode`} what="days" only={value.weekdaysOnly} onChange={(only) => set("weekdaysOnly", only)} />}
        windowsMode={<OnlyOrPrefer name={`${idPrefix}-times-mode`} what="times" only={value.windowsOnly} onChange={(only) => set("windowsOnly", only)} />}
      />
      <UnavailableDates idPrefix={idPrefix} dates={value.unavailableDates} onChange={(dates) => set("unavailableDates", dates)} error={errors.unavailableDates} />
    </div>
  );
}

function OnlyOrPrefer({ name, what, only, onChange }: { name: string; what: string; only: boolean; onChange: (only: boolean) => void }) {
  return (
    <div role="radiogroup" aria-label={`How strict are these ${what}?`} className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
      <label className="flex items-center gap-2">
        <input type="radio" name={name} checked={!only} onChange={() => onChange(false)} className="accent-primary" />
        Prefer these {what}
      </label>
      <label className="flex items-center gap-2">
        <input type="radio" name={name} checked={only} onChange={() => onChange(true)} className="accent-primary" />
        Only these {what}
      </label>
    </div>
  );
}

function UnavailableDates({ idPrefix, dates, onChange, error }: { idPrefix: string; dates: string[]; onChange: (dates: string[]) => void; error?: string }) {
  const id = `${idPrefix}-unavailable`;
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium">Dates the patient cannot come</legend>
      <div className="flex flex-wrap items-center gap-2">
        <Label htmlFor={id} className="sr-only">
          Add an unavailable date
        </Label>
        {/* Always empty: a picked date joins the list below, and the button is ready for the next. */}
        <DatePicker
          id={id}
          value=""
          placeholder="Add a date"
          aria-describedby={`${id}-hint`}
          onChange={(date) => {
            if (date && !dates.includes(date)) onChange([...dates, date].sort());
          }}
          className="w-44"
        />
        <span id={`${id}-hint`} className="text-[13px] text-muted-foreground">
          Pick a date to add it (holidays, appointments elsewhere).
        </span>
      </div>
      {dates.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-2" aria-label="Unavailable dates">
          {dates.map((d) => (
            <li key={d} className="flex items-center gap-1 rounded-md border px-2 py-0.5 text-sm tabular-nums">
              {dateInWords(d)}
              <Button type="button" variant="ghost" size="icon" className="size-6" aria-label={`Remove ${dateInWords(d)}`} onClick={() => onChange(dates.filter((x) => x !== d))}>
                <X aria-hidden />
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="mt-1 text-[13px] font-medium text-destructive">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Preferred weekdays and time-of-day windows: soft wishes the auto-scheduler tries to honour. */
export function PreferencesFields({ weekdays, windows, onWeekdays, onWindows, errors, idPrefix = "prefs", daysMode, windowsMode }: {
  weekdays: number[];
  windows: WindowValue[];
  onWeekdays: (days: number[]) => void;
  onWindows: (windows: WindowValue[]) => void;
  errors: Record<string, string>;
  idPrefix?: string;
  daysMode?: React.ReactNode;
  windowsMode?: React.ReactNode;
}) {
  const setWindow = (index: number, change: Partial<WindowValue>) => onWindows(windows.map((w, i) => (i === index ? { ...w, ...change } : w)));
  return (
    <div className="space-y-5">
      <fieldset>
        <legend className="mb-2 text-sm font-medium">Days</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {WEEKDAY_NAMES.map((name, i) => {
            const day = i + 1;
            return (
              <div key={day} className="flex items-center gap-2">
                <Checkbox
                  id={`${idPrefix}-weekday-${day}`}
                  checked={weekdays.includes(day)}
                  onCheckedChange={(c) => onWeekdays(c === true ? [...weekdays, day].sort((a, b) => a - b) : weekdays.filter((d) => d !== day))}
                />
                <Label htmlFor={`${idPrefix}-weekday-${day}`} className="font-normal">
                  {name.slice(0, 3)}
                </Label>
              </div>
            );
          })}
        </div>
        {weekdays.length === 0 && <p className="mt-1.5 text-[13px] text-muted-foreground">None ticked: any day suits.</p>}
        {weekdays.length > 0 && daysMode}
      </fieldset>

      <fieldset>
        <legend className="mb-2 text-sm font-medium">Times of day</legend>
        <div className="space-y-2">
          {windows.map((w, i) => {
            const error = errors[`preferredWindows.${i}.start`] ?? errors[`preferredWindows.${i}.end`];
            const edge = { id: `${idPrefix}-window-${i}`, index: i, window: w, errors, errorShown: !!error, onChange: setWindow };
            return (
              <div key={i}>
                <div className="flex flex-wrap items-center gap-2">
                  <WindowEdge edge="start" label="from" {...edge} />
                  <span aria-hidden className="text-muted-foreground">
                    to
                  </span>
                  <WindowEdge edge="end" label="until" {...edge} />
                  <Button type="button" variant="ghost" size="icon" aria-label={`Remove window ${i + 1}`} onClick={() => onWindows(windows.filter((_, j) => j !== i))}>
                    <Trash2 aria-hidden />
                  </Button>
                </div>
                {error && (
                  <p id={`${idPrefix}-window-${i}-error`} role="alert" className="mt-1 text-[13px] font-medium text-destructive">
                    {error}
                  </p>
                )}
              </div>
            );
          })}
          {errors.preferredWindows && (
            <p role="alert" className="text-[13px] font-medium text-destructive">
              {errors.preferredWindows}
            </p>
          )}
          <Button type="button" variant="outline" size="sm" onClick={() => onWindows([...windows, nextWindow(windows)])}>
            <Plus aria-hidden />
            Add a time window
          </Button>
        </div>
        {windows.length === 0 && <p className="mt-1.5 text-[13px] text-muted-foreground">None: any time the clinic is open.</p>}
        {windows.length > 0 && windowsMode}
      </fieldset>
    </div>
  );
}

/** One end of a time-of-day window: a time input named "Window 2 from" / "Window 2 until" for screen readers. */
function WindowEdge({ id, edge, label, index, window, errors, errorShown, onChange }: {
  /** The window's id; the input's is `${id}-${edge}` and the window's error `${id}-error`. */
  id: string;
  edge: "start" | "end";
  label: string;
  index: number;
  window: WindowValue;
  errors: Record<string, string>;
  errorShown: boolean;
  onChange: (index: number, change: Partial<WindowValue>) => void;
}) {
  return (
    <>
      <Label htmlFor={`${id}-${edge}`} className="sr-only">
        Window {index + 1} {label}
      </Label>
      <Input
        id={`${id}-${edge}`}
        type="time"
        className="w-32"
        value={window[edge]}
        onChange={(e) => onChange(index, { [edge]: e.target.value })}
        aria-invalid={errors[`preferredWindows.${index}.${edge}`] ? true : undefined}
        aria-describedby={errorShown ? `${id}-error` : undefined}
      />
    </>
  );
}
