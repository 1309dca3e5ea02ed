"use client";

import { ChevronDown, Loader2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { SlotOption } from "@/lib/booking/types";

/** Where a search for free times stands: "more" while later times are fetched beneath the ones shown. */
export type SlotsState = { status: "idle" | "loading" | "more" | "done" } | { status: "error"; message: string };

/** Says that the first free times are being searched, or why the search failed; nothing otherwise. */
export function SlotsStatus({ state }: { state: SlotsState }) {
  if (state.status === "loading") {
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-muted-foreground">
        <Loader2 aria-hidden className="size-4 animate-spin" /> Finding free times…
      </p>
    );
  }
  if (state.status === "error") {
    return (
      <p role="alert" className="text-sm text-destructive">
        {state.message}
      </p>
    );
  }
  return null;
}

type Props = {
  legend: string;
  slots: SlotOption[];
  selected: SlotOption | null;
  onChoose: (slot: SlotOption) => void;
  /** Asks for the times after the last one shown; `loadingMore` while that runs. */
  onLater: (after: string) => void;
  loadingMore: boolean;
  emptyText: string;
  className?: string;
};

/**
 * Free times grouped by day (clinic time), one button each, and "Later times". Used by the single-session booking
 * and by rescheduling: a slot is named "Wed, 25 Nov 2026, 08:15–08:35 GMT" for assistive technology.
 */
export function SlotPicker({ legend, slots, selected, onChoose, onLater, loadingMore, emptyText, className }: Props) {
  const days = groupByDay(slots);
  return (
    <fieldset className="grid gap-3">
      <legend className="mb-1 text-sm font-medium">
        {legend} <span className="font-normal text-muted-foreground">(clinic time{zoneOf(slots[0])})</span>
      </legend>
      {days.length === 0 ? (
        <p className="text-sm text-muted-foreground">{emptyText}</p>
      ) : (
        <div className={className ?? "grid gap-3"}>
          {days.map(([day, daySlots]) => (
            <div key={day} className="grid gap-1.5">
              <p className="text-sm font-medium text-muted-foreground">{day}</p>
              <div role="group" aria-label={day} className="flex flex-wrap gap-1.5">
                {daySlots.map((s) => {
                  const isSelected = selected?.start === s.start && selected.providerId === s.providerId;
                  return (
                    <Button
                      key={`${s.providerId}-${s.start}`}
                      type="button"
                      size="sm"
                      variant={isSelected ? "default" : "outline"}
                      aria-pressed={isSelected}
                      aria-label={`${s.dateLabel}, ${s.timeLabel}`}
                      onClick={() => onChoose(s)}
                      className="tabular-nums"
                    >
                      {s.rangeLabel}
                    </Button>
                  );
                })}
              </div>
            </div>
          ))}
        </div>
      )}
      {slots.length > 0 && (
        <div>
          <Button type="button" variant="ghost" size="sm" disabled={loadingMore} onClick={() => onLater(slots[slots.length - 1].start)}>
            {loadingMore ? <Loader2 aria-hidden className="animate-spin" /> : <ChevronDown aria-hidden />}
            Later times
          </Button>
        </div>
      )}
    </fieldset>
  );
}

/** ", GMT" from a slot's "09:00–09:45 GMT", for the legend. */
function zoneOf(slot: SlotOption | undefined): string {
  const zone = slot?.zoneLabel;
  return zone ? `, ${zone}` : "";
}

function groupByDay(slots: SlotOption[]): [string, SlotOption[]][] {
  const days = new Map<string, SlotOption[]>();
  for (const s of slots) days.set(s.dateLabel, [...(days.get(s.dateLabel) ?? []), s]);
  return [...days];
}
