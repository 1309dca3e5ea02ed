"use client";

import { Plus, X } from "lucide-react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { HourCycle } from "@/lib/format";
import { FormDatePicker, FormDateTimeField } from "@/components/admin/bound-fields";

/** A text input, or a date ("YYYY-MM-DD") or wall-clock date and time ("YYYY-MM-DDTHH:mm", `defaultTime` until one is chosen). */
export type RowField = { key: string; label: string; type?: "date" | "datetime"; defaultTime?: string; placeholder?: string; className: string; dashBefore?: boolean };

/**
 * A list of like rows in the surrounding form (closures, time off): one line of inputs per row, remove per row,
 * "Add …" below. `noun` names a row for screen readers ("Closure 2 date"); `errors` are keyed like "1.date".
 * Dates are written in `locale`, times by `hourCycle` (else the locale's).
 */
export function RowListEditor({ name, noun, idPrefix, fields, blank, empty, errors, locale, hourCycle }: {
  name: string;
  noun: string;
  idPrefix: string;
  fields: RowField[];
  blank: Record<string, string>;
  empty: string;
  errors: Record<string, string>;
  locale?: string;
  hourCycle?: HourCycle | null;
}) {
  const { control, register } = useFormContext();
  const rows = useFieldArray({ control, name });
  const lower = noun.toLowerCase();
  return (
    <div className="grid gap-3">
      {rows.fields.length === 0 && <p className="text-sm text-muted-foreground">{empty}</p>}
      {rows.fields.map((row, i) => {
        const n = i + 1;
        const error = fields.map((f) => errors[`${i}.${f.key}`]).filter(Boolean).join(" ");
        const errorId = `${idPrefix}-${i}-error`;
        return (
          <div key={row.id} className="grid gap-1">
            <div className="flex flex-wrap items-center gap-2">
              {fields.map((f) => (
                <span key={f.key} className="contents">
                  {f.dashBefore && (
                    <span aria-hidden className="text-muted-foreground">
                      –
                    </span>
                  )}
                  {f.type === "date" ? (
                    <FormDatePicker
                      name={`${name}.${i}.${f.key}`}
                      required
                      locale={locale}
                      aria-label={`${noun} ${n} ${f.label}`}
                      aria-invalid={errors[`${i}.${f.key}`] ? true : undefined}
                      aria-describedby={error ? errorId : undefined}
                      className={f.className}
                    />
                  ) : f.type === "datetime" ? (
                    <FormDateTimeField
                      name={`${name}.${i}.${f.key}`}
                      label={`${noun} ${n} ${f.label}`}
                      defaultTime={f.defaultTime}
                      locale={locale}
                      hourCycle={hourCycle}
                      invalid={errors[`${i}.${f.key}`] ? true : undefined}
                      describedBy={error ? errorId : undefined}
                    />
                  ) : (
                    <Input
                      aria-label={`${noun} ${n} ${f.label}`}
                      placeholder={f.placeholder}
                      {...register(`${name}.${i}.${f.key}`)}
                      aria-invalid={errors[`${i}.${f.key}`] ? true : undefined}
                      aria-describedby={error ? errorId : undefined}
                      className={f.className}
                    />
                  )}
                </span>
              ))}
              <Button type="button" variant="ghost" size="icon" aria-label={`Remove ${lower} ${n}`} onClick={() => rows.remove(i)}>
                <X aria-hidden />
              </Button>
            </div>
            {error && (
              <p id={errorId} role="alert" className="text-[13px] font-medium text-destructive">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <div>
        <Button type="button" variant="outline" size="sm" onClick={() => rows.append({ ...blank })}>
          <Plus aria-hidden /> Add {lower}
        </Button>
      </div>
    </div>
  );
}
