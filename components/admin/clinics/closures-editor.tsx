"use client";

import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export type ClosureValue = { date: string; reason: string };

/** Days the clinic is shut (bank holidays…), as local dates; `errors` keyed like "1.date". */
export function ClosuresEditor({ value, onChange, errors }: {
  value: ClosureValue[];
  onChange: (next: ClosureValue[]) => void;
  errors: Record<string, string>;
}) {
  const update = (i: number, patch: Partial<ClosureValue>) => onChange(value.map((v, j) => (j === i ? { ...v, ...patch } : v)));
  return (
    <div className="grid gap-3">
      {value.length === 0 && <p className="text-sm text-muted-foreground">No closures planned.</p>}
      {value.map((c, i) => {
        const error = [errors[`${i}.date`], errors[`${i}.reason`]].filter(Boolean).join(" ");
        return (
          <div key={i} className="grid gap-1">
            <div className="flex flex-wrap items-center gap-2">
              <Input
                type="date"
                aria-label={`Closure ${i + 1} date`}
                value={c.date}
                onChange={(e) => update(i, { date: e.target.value })}
                aria-invalid={errors[`${i}.date`] ? true : undefined}
                aria-describedby={error ? `closure-${i}-error` : undefined}
                className="w-44"
              />
              <Input
                aria-label={`Closure ${i + 1} reason`}
                placeholder="Reason (optional), e.g. Bank holiday"
                value={c.reason}
                onChange={(e) => update(i, { reason: e.target.value })}
                className="w-72"
              />
              <Button type="button" variant="ghost" size="icon" aria-label={`Remove closure ${i + 1}`} onClick={() => onChange(value.filter((_, j) => j !== i))}>
                <X aria-hidden />
              </Button>
            </div>
            {error && (
              <p id={`closure-${i}-error`} role="alert" className="text-[13px] font-medium text-destructive">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <div>
        <Button type="button" variant="outline" size="sm" onClick={() => onChange([...value, { date: "", reason: "" }])}>
          <Plus aria-hidden /> Add closure
        </Button>
      </div>
    </div>
  );
}
