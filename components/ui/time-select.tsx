"use client";

import * as React from "react";
import { formats, type HourCycle } from "@/lib/format";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const STEP_MINUTES = 15;

/** Every quarter hour of a day as "HH:mm", plus `value` when it falls between them (a time saved earlier). */
function times(value: string): string[] {
  const all: string[] = [];
  for (let m = 0; m < 24 * 60; m += STEP_MINUTES) all.push(`${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`);
  if (HHMM.test(value) && !all.includes(value)) all.push(value);
  return all.sort();
}

/**
 * A time of day ("HH:mm", wall clock) chosen from a list written the reader's way: "5:00 PM" or "17:00" by the
 * user's hour cycle, else the locale's. A native time input would follow the browser's locale instead.
 */
export function TimeSelect({ ref, id, value, onChange, onBlur, locale, hourCycle, className, disabled, ...aria }: {
  ref?: React.Ref<HTMLButtonElement>;
  id?: string;
  /** "HH:mm" or "" (none yet). */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  locale?: string;
  hourCycle?: HourCycle | null;
  className?: string;
  disabled?: boolean;
  "aria-label"?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
}) {
  const f = formats({ timeZone: "UTC", locale, hourCycle });
  const label = (hhmm: string) => f.time(new Date(`1970-01-01T${hhmm}:00Z`));
  return (
    <Select value={HHMM.test(value) ? value : ""} onValueChange={onChange} disabled={disabled}>
      <SelectTrigger ref={ref} id={id} onBlur={onBlur} className={className} {...aria}>
        <SelectValue placeholder="Time" />
      </SelectTrigger>
      <SelectContent className="max-h-72">
        {times(value).map((t) => (
          <SelectItem key={t} value={t}>
            {label(t)}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
