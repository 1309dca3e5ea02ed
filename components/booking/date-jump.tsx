"use client";

import { useState } from "react";
import { CalendarSearch, Loader2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DatePicker, dateInWords } from "@/components/ui/date-picker";
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
 * "First free on or after <date>": a date picker (picking a date shows its times) and a button to ask again. Used by
 * the preview's Move list and the reschedule dialog, so a desk can go straight to "the week after next".
 */
export function DateJump({ id, min, max, value: date, onChange: setDate, pending, onJump }: Props) {
  const [error, setError] = useState<string | null>(null);

  const jump = (day: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return setError("Pick a date.");
    if (min && day < min) return setError(`Pick ${dateInWords(min)} or later.`);
    if (max && day > max) return setError(`Pick ${dateInWords(max)} or earlier: the package cannot be used after it.`);
    setError(null);
    onJump(day);
  };

  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>First free on or after</Label>
      <div className="flex items-center gap-2">
        <DatePicker
          id={id}
          min={min}
          max={max}
          value={date}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(day) => {
            setDate(day);
            jump(day);
          }}
          className="w-48"
        />
        <Button type="button" variant="outline" size="sm" disabled={pending} onClick={() => jump(date)}>
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
