"use client";

import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export type TimeOffValue = { startsAt: string; endsAt: string; reason: string };

/** Leave, training…: local date-time ranges in one stated zone; `errors` keyed like "2.endsAt". */
export function TimeOffEditor({ value, onChange, errors }: {
  value: TimeOffValue[];
  onChange: (next: TimeOffValue[]) => void;
  errors: Record<string, string>;
}) {
  const update = (index: number, patch: Partial<TimeOffValue>) => onChange(value.map((v, i) => (i === index ? { ...v, ...patch } : v)));
  return (
    <div className="grid gap-3">
      {value.length === 0 && <p className="text-sm text-muted-foreground">No time off entered.</p>}
      {value.map((t, i) => {
        const error = [errors[`${i}.startsAt`], errors[`${i}.endsAt`], errors[`${i}.reason`]].filter(Boolean).join(" ");
        const n = i + 1;
        return (
          <div key={i} className="grid gap-1">
            <div className="flex flex-wrap items-center gap-2">
              <Input
                type="datetime-local"
                aria-label={`Time off ${n} from`}
                value={t.startsAt}
                onChange={(e) => update(i, { startsAt: e.target.value })}
                aria-invalid={errors[`${i}.startsAt`] ? true : undefined}
                aria-describedby={error ? `timeoff-${i}-error` : undefined}
                className="w-52"
              />
              <span aria-hidden className="text-muted-foreground">
                –
              </span>
              <Input
                type="datetime-local"
                aria-label={`Time off ${n} until`}
                value={t.endsAt}
                onChange={(e) => update(i, { endsAt: e.target.value })}
                aria-invalid={errors[`${i}.endsAt`] ? true : undefined}
                aria-describedby={error ? `timeoff-${i}-error` : undefined}
                className="w-52"
              />
              <Input
                aria-label={`Time off ${n} reason`}
                placeholder="Reason (optional)"
                value={t.reason}
                onChange={(e) => update(i, { reason: e.target.value })}
                className="w-56"
              />
              <Button type="button" variant="ghost" size="icon" aria-label={`Remove time off ${n}`} onClick={() => onChange(value.filter((_, j) => j !== i))}>
                <X aria-hidden />
              </Button>
            </div>
            {error && (
              <p id={`timeoff-${i}-error`} role="alert" className="text-[13px] font-medium text-destructive">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <div>
        <Button type="button" variant="outline" size="sm" onClick={() => onChange([...value, { startsAt: "", endsAt: "", reason: "" }])}>
          <Plus aria-hidden /> Add time off
        </Button>
      </div>
    </div>
  );
}
