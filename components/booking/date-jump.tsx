"use client";

import { useState } from "react";
import { CalendarSearch, Loader2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Props = {
  id: string;
  /** Local dates (YYYY-MM-DD) the jump may ask for; a date outside them is refused here and by the server. */
  min?: string;
  max?: string;
  value: string;
  onChange: (date: string) => void;
  pending: boolean;
  onJump: (date: string) => void;
};

/**
 * "First free on or after <date>": a date field and a button (Enter in the field does the same). Used by the
 * preview's Move list and the reschedule dialog, so a desk can go straight to "the week after next".
 */
export function DateJump({ id, min, max, value: date, onChange: setDate, pending, onJump }: Props) {
  const [error, setError] = useState<string | null>(null);

  const jump = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError("Enter a date.");
    if (min && date < min) return setError(`Pick ${formatted(min)} or later.`);
    if (max && date > max) return setError(`Pick ${formatted(max)} or earlier: the package cannot be used after it.`);
    setError(null);
    onJump(date);
  };

  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>First free on or after</Label>
      <div className="flex items-center gap-2">
        <Input
          id={id}
          type="date"
          min={min}
          max={max}
          value={date}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setDate(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== "Enter") return;
            e.preventDefault();
            jump();
          }}
          className="w-44"
        />
        <Button type="button" variant="outline" size="sm" disabled={pending} onClick={jump}>
          {pending ? <Loader2 aria-hidden className="animate-spin" /> : <CalendarSearch aria-hidden />}
          Show times
        </Button>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-[13px] text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}

/** "2026-03-10" → "10 Mar 2026" (a calendar date: no zone). */
function formatted(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
