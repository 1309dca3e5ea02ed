"use client";

import { Plus, Trash2 } from "lucide-react";
import { WEEKDAY_NAMES } from "@/lib/validations/common";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export type WindowValue = { start: string; end: string };

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

/** Preferred weekdays and time-of-day windows: soft wishes the auto-scheduler tries to honour. */
export function PreferencesFields({ weekdays, windows, onWeekdays, onWindows, errors }: {
  weekdays: number[];
  windows: WindowValue[];
  onWeekdays: (days: number[]) => void;
  onWindows: (windows: WindowValue[]) => void;
  errors: Record<string, string>;
}) {
  const setWindow = (index: number, change: Partial<WindowValue>) => onWindows(windows.map((w, i) => (i === index ? { ...w, ...change } : w)));
  return (
    <div className="space-y-5">
      <fieldset>
        <legend className="mb-2 text-sm font-medium">Preferred days</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {WEEKDAY_NAMES.map((name, i) => {
            const day = i + 1;
            return (
              <div key={day} className="flex items-center gap-2">
                <Checkbox
                  id={`weekday-${day}`}
                  checked={weekdays.includes(day)}
                  onCheckedChange={(c) => onWeekdays(c === true ? [...weekdays, day].sort((a, b) => a - b) : weekdays.filter((d) => d !== day))}
                />
                <Label htmlFor={`weekday-${day}`} className="font-normal">
                  {name.slice(0, 3)}
                </Label>
              </div>
            );
          })}
        </div>
        {weekdays.length === 0 && <p className="mt-1.5 text-[13px] text-muted-foreground">None ticked: any day suits.</p>}
      </fieldset>

      <fieldset>
        <legend className="mb-2 text-sm font-medium">Preferred times of day</legend>
        <div className="space-y-2">
          {windows.map((w, i) => {
            const error = errors[`preferredWindows.${i}.start`] ?? errors[`preferredWindows.${i}.end`];
            return (
              <div key={i}>
                <div className="flex items-center gap-2">
                  <Label htmlFor={`window-${i}-start`} className="sr-only">
                    Window {i + 1} from
                  </Label>
                  <Input
                    id={`window-${i}-start`}
                    type="time"
                    className="w-32"
                    value={w.start}
                    onChange={(e) => setWindow(i, { start: e.target.value })}
                    aria-invalid={errors[`preferredWindows.${i}.start`] ? true : undefined}
                    aria-describedby={error ? `window-${i}-error` : undefined}
                  />
                  <span aria-hidden className="text-muted-foreground">
                    to
                  </span>
                  <Label htmlFor={`window-${i}-end`} className="sr-only">
                    Window {i + 1} until
                  </Label>
                  <Input
                    id={`window-${i}-end`}
                    type="time"
                    className="w-32"
                    value={w.end}
                    onChange={(e) => setWindow(i, { end: e.target.value })}
                    aria-invalid={errors[`preferredWindows.${i}.end`] ? true : undefined}
                    aria-describedby={error ? `window-${i}-error` : undefined}
                  />
                  <Button type="button" variant="ghost" size="icon" aria-label={`Remove window ${i + 1}`} onClick={() => onWindows(windows.filter((_, j) => j !== i))}>
                    <Trash2 aria-hidden />
                  </Button>
                </div>
                {error && (
                  <p id={`window-${i}-error`} role="alert" className="mt-1 text-[13px] font-medium text-destructive">
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
      </fieldset>
    </div>
  );
}
