"use client";

import { Fragment } from "react";
import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { WEEKDAY_NAMES } from "@/lib/validations/common";

export type IntervalValue = { weekday: number; start: string; end: string };

/**
 * A weekly timetable in the surrounding form at `name`: one row per weekday, each with any number of "from–to"
 * intervals. The value is a flat list (what zWeeklyIntervals validates); `errors` are keyed by the flat index,
 * e.g. { "3.end": "…" }.
 */
export function WeeklyIntervalsEditor({ name, idPrefix, label, errors = {}, emptyLabel, dayHint }: {
  name: string;
  idPrefix: string;
  /** Names the timetable for screen readers, e.g. "Opening hours". */
  label: string;
  errors?: Record<string, string>;
  emptyLabel: string;
  /** Extra text per weekday, e.g. the clinic's opening hours next to a provider's availability. */
  dayHint?: (weekday: number) => string | null;
}) {
  const { control, register } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const value = ((useWatch({ control, name }) as IntervalValue[] | undefined) ?? []).map((v, i) => ({ ...v, key: fields[i]?.id ?? String(i) }));
  const add = (weekday: number) => {
    const last = value.filter((v) => v.weekday === weekday).at(-1);
    append(last ? { weekday, start: last.end, end: last.end < "18:00" ? "18:00" : "23:00" } : { weekday, start: "09:00", end: "17:00" });
  };

  return (
    <div role="group" aria-label={label} className="divide-y rounded-md border">
      {WEEKDAY_NAMES.map((dayName, d) => {
        const weekday = d + 1;
        const rows = value.map((v, index) => ({ v, index })).filter((r) => r.v.weekday === weekday);
        const hint = dayHint?.(weekday);
        return (
          <div key={weekday} className="grid gap-2 px-3 py-2 sm:grid-cols-[7.5rem_1fr]">
            <div className="pt-1 text-sm font-medium">
              {dayName}
              {hint && <div className="text-xs font-normal text-muted-foreground">{hint}</div>}
            </div>
            <div className="grid gap-1.5">
              {rows.map(({ v, index }, n) => {
                const startError = errors[`${index}.start`];
                const endError = errors[`${index}.end`];
                const base = `${idPrefix}-${index}`;
                return (
                  <div key={v.key} className="grid gap-1">
                    <div className="flex items-center gap-2">
                      {(["start", "end"] as const).map((edge) => (
                        <Fragment key={edge}>
                          {edge === "end" && (
                            <span aria-hidden className="text-muted-foreground">
                              –
                            </span>
                          )}
                          <Input
                            type="time"
                            aria-label={`${dayName} interval ${n + 1} ${edge === "start" ? "from" : "to"}`}
                            {...register(`${name}.${index}.${edge}`)}
                            aria-invalid={errors[`${index}.${edge}`] ? true : undefined}
                            aria-describedby={startError || endError ? `${base}-error` : undefined}
                            className="w-32 tabular-nums"
                          />
                        </Fragment>
                      ))}
                      <Button
                        type="button"
                        variant="ghost"
                        size="icon"
                        onClick={() => remove(index)}
                        aria-label={`Remove ${dayName} ${v.start}–${v.end}`}
                      >
                        <X aria-hidden />
                      </Button>
                    </div>
                    {(startError || endError) && (
                      <p id={`${base}-error`} role="alert" className="text-[13px] font-medium text-destructive">
                        {[startError, endError].filter(Boolean).join(" ")}
                      </p>
                    )}
                  </div>
                );
              })}
              <div className="flex items-center gap-3">
                {rows.length === 0 && <span className="text-sm text-muted-foreground">{emptyLabel}</span>}
                <Button type="button" variant="link" size="sm" className="h-7 px-0" onClick={() => add(weekday)}>
                  <Plus aria-hidden /> Add {rows.length ? "interval" : "hours"}
                  <span className="sr-only"> on {dayName}</span>
                </Button>
              </div>
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** The errors under `prefix.` re-keyed without it: { "hours.3.end": m } → { "3.end": m }. */
export function errorsUnder(errors: Record<string, string>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) if (key.startsWith(`${prefix}.`)) out[key.slice(prefix.length + 1)] = message;
  return out;
}
