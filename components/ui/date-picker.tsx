"use client";

import * as React from "react";
import { CalendarDays } from "lucide-react";
import { DayPicker } from "react-day-picker";
import { enGB, enUS } from "react-day-picker/locale";
import "react-day-picker/style.css";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { formats } from "@/lib/format";
import { cn } from "@/lib/utils";

/**
 * A date field that cannot be misread: a button showing the date in words ("Tue, 8 Dec 2026" / "Tue, Dec 8, 2026"),
 * a calendar in a popover (arrow keys move by day and week, Enter picks, Escape closes), and a hidden input carrying
 * the ISO date (YYYY-MM-DD) for forms. A drop-in for <input type="date">: name, value/onChange or defaultValue, min,
 * max, required, id and aria-describedby (Field passes the last two), and `locale` for the clinic's way of writing.
 * `ref` reaches the button, so react-hook-form can focus it on an error; `years` puts month and year dropdowns in
 * the caption (a date of birth is decades back).
 */
export type DatePickerProps = {
  ref?: React.Ref<HTMLButtonElement>;
  id?: string;
  name?: string;
  /** Controlled: YYYY-MM-DD or "" (none). */
  value?: string;
  defaultValue?: string;
  /** Called with YYYY-MM-DD, or "" when cleared. */
  onChange?: (value: string) => void;
  onBlur?: () => void;
  min?: string;
  max?: string;
  required?: boolean;
  disabled?: boolean;
  /** BCP 47; en-GB when absent. */
  locale?: string;
  placeholder?: string;
  /** Month and year dropdowns in the caption, the years from `min` (else 120 years back) to `max` (else this year). */
  years?: boolean;
  className?: string;
  /** For a field with no visible label (a row of a list); the date in words stays its description. */
  "aria-label"?: string;
  "aria-describedby"?: string;
  /** Shown as an invalid border (a button cannot carry aria-invalid; the error is in aria-describedby). */
  "aria-invalid"?: boolean | "true" | "false";
};

// The app's colours and a denser grid; weekday names at full strength (the library's 75 % fails contrast).
const RDP_THEME = {
  "--rdp-accent-color": "var(--primary)",
  "--rdp-accent-background-color": "var(--accent)",
  "--rdp-today-color": "var(--primary)",
  "--rdp-day-height": "2.5rem",
  "--rdp-day-width": "2.5rem",
  "--rdp-day_button-height": "2.25rem",
  "--rdp-day_button-width": "2.25rem",
  "--rdp-weekday-opacity": "1",
  "--rdp-nav_button-height": "2rem",
  "--rdp-nav_button-width": "2rem",
  color: "var(--foreground)",
} as React.CSSProperties;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD as a local-midnight Date (what the day grid works in), or undefined. */
function toDate(iso: string | undefined): Date | undefined {
  const m = iso ? ISO.exec(iso) : null;
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
}

/** `day` moved into [from, to] when it lies outside: the month a calendar opens on when nothing is chosen yet. */
function within(day: Date, from: Date | undefined, to: Date | undefined): Date {
  if (from && day < from) return from;
  if (to && day > to) return to;
  return day;
}

function toIso(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** The date in words in the given locale (read as a calendar date: no zone shift). */
export function dateInWords(iso: string, locale?: string): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  return formats({ timeZone: "UTC", locale }).weekdayDate(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

export function DatePicker({
  ref,
  id,
  name,
  value,
  defaultValue,
  onChange,
  onBlur,
  min,
  max,
  required,
  disabled,
  locale,
  placeholder = "Choose a date",
  years,
  className,
  "aria-label": label,
  "aria-describedby": describedBy,
  "aria-invalid": invalid,
}: DatePickerProps) {
  const [own, setOwn] = React.useState(defaultValue ?? "");
  const current = value ?? own;
  const [open, setOpen] = React.useState(false);
  const valueId = React.useId();
  const labelId = React.useId();
  const selected = toDate(current);
  const from = toDate(min);
  const to = toDate(max);
  const thisYear = new Date().getFullYear();
  const startMonth = from ?? (years ? new Date(thisYear - 120, 0, 1) : undefined);
  const endMonth = to ?? (years ? new Date(thisYear, 11, 31) : undefined);

  const choose = (day: Date | undefined) => {
    // Clicking the chosen day again keeps it (a required field never empties by accident).
    if (!day) return setOpen(false);
    const iso = toIso(day);
    if (value === undefined) setOwn(iso);
    onChange?.(iso);
    setOpen(false);
  };

  return (
    <>
      <Popover open={open} onOpenChange={setOpen}>
        <PopoverTrigger asChild>
          <button
            ref={ref}
            type="button"
            id={id}
            disabled={disabled}
            onBlur={onBlur}
            // Named by the label and the date shown, so the visible text is part of the name (WCAG 2.5.3).
            aria-labelledby={label ? `${labelId} ${valueId}` : undefined}
            aria-describedby={[label ? null : valueId, describedBy].filter(Boolean).join(" ") || undefined}
            data-invalid={invalid === true || invalid === "true" ? true : undefined}
            aria-haspopup="dialog"
            className={cn(
              "inline-flex h-9 w-full min-w-0 items-center gap-2 rounded-md border border-input bg-card px-3 text-left text-sm shadow-xs transition-colors",
              "focus-visible:border-ring focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring/40 disabled:cursor-not-allowed disabled:bg-muted disabled:opacity-60",
              "data-invalid:border-destructive data-invalid:ring-destructive/20",
              className,
            )}
          >
            <CalendarDays aria-hidden className="size-4 shrink-0 text-muted-foreground" />
            {label && (
              <span id={labelId} className="sr-only">
                {label}
              </span>
            )}
            <span id={valueId} data-slot="date-value" className={cn("truncate tabular-nums", !current && "text-muted-foreground")}>
              {current ? dateInWords(current, locale) : placeholder}
            </span>
          </button>
        </PopoverTrigger>
        <PopoverContent
          align="start"
          className="w-auto p-2"
          aria-label="Choose a date"
          // Focus the day to start from (the chosen one, else today or the first that can be picked) once the popover's
          // focus scope is up: DayPicker's own autoFocus runs earlier, and a dialog around the picker would pull it back.
          onOpenAutoFocus={(event) => {
            const day = (event.currentTarget as HTMLElement).querySelector<HTMLElement>('[data-day] button[tabindex="0"]');
            if (!day) return;
            event.preventDefault();
            day.focus();
          }}
        >
          <DayPicker
            mode="single"
            required={required}
            selected={selected}
            onSelect={choose}
            defaultMonth={selected ?? within(new Date(), from, to)}
            startMonth={startMonth}
            endMonth={endMonth}
            captionLayout={years ? "dropdown" : "label"}
            reverseYears={years}
            disabled={[...(from ? [{ before: from }] : []), ...(to ? [{ after: to }] : [])]}
            locale={locale?.toLowerCase() === "en-us" ? enUS : enGB}
            // Inline: the library's stylesheet is unlayered, so it would win over utility classes setting the same variables.
            style={RDP_THEME}
            className="text-sm [&_.rdp-caption_label]:text-sm [&_.rdp-day_button:focus-visible]:outline-2 [&_.rdp-day_button:focus-visible]:outline-ring"
          />
          {!required && current && (
            <div className="flex justify-end border-t pt-2">
              <button
                type="button"
                className="rounded-md px-2 py-1 text-sm text-primary underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-ring"
                onClick={() => {
                  if (value === undefined) setOwn("");
                  onChange?.("");
                  setOpen(false);
                }}
              >
                Clear date
              </button>
            </div>
          )}
        </PopoverContent>
      </Popover>
      {name && <input type="hidden" name={name} value={current} />}
    </>
  );
}
