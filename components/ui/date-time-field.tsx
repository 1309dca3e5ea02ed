"use client";

import * as React from "react";
import type { HourCycle } from "@/lib/format";
import { DatePicker } from "@/components/ui/date-picker";
import { TimeSelect } from "@/components/ui/time-select";

/**
 * A wall-clock date and time, "YYYY-MM-DDTHH:mm" (what <input type="datetime-local"> gave): a DatePicker and a
 * TimeSelect side by side. A date picked before any time takes `defaultTime`; a time without a date stays incomplete
 * ("THH:mm"), so the form's check asks for the date.
 */
export function DateTimeField({ ref, value, onChange, onBlur, label, defaultTime = "09:00", locale, hourCycle, invalid, describedBy }: {
  ref?: React.Ref<HTMLButtonElement>;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Names both parts for screen readers: "<label> date", "<label> time". */
  label: string;
  defaultTime?: string;
  locale?: string;
  hourCycle?: HourCycle | null;
  invalid?: boolean;
  describedBy?: string;
}) {
  const [date = "", time = ""] = value.split("T");
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <DatePicker
        ref={ref}
        value={date}
        onChange={(d) => onChange(d ? `${d}T${time || defaultTime}` : "")}
        onBlur={onBlur}
        required
        locale={locale}
        aria-label={`${label} date`}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        className="w-48"
      />
      <TimeSelect
        value={time}
        onChange={(t) => onChange(`${date}T${t}`)}
        locale={locale}
        hourCycle={hourCycle}
        aria-label={`${label} time`}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        className="w-32"
      />
    </span>
  );
}
