"use client";

import { useState } from "react";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import type { Overflow, Span } from "@/lib/calendar/layout";
import { clock, STATUS_LABELS, type CalendarBlock, type ClockFormat } from "@/lib/calendar/model";
import { validColour } from "./status-icons";
import { columnBox } from "./column-box";

/**
 * "+N more": the overlapping appointments a column is too narrow to show side by side, in the gutter beside them.
 * It opens a list of them; choosing one opens its details as a block would.
 */
export function MoreButton({
  overflow,
  blocks,
  axis,
  clockFormat,
  onOpen,
}: {
  overflow: Overflow;
  blocks: CalendarBlock[];
  axis: Span;
  clockFormat: ClockFormat;
  onOpen: (block: CalendarBlock, from: HTMLElement) => void;
}) {
  const [open, setOpen] = useState(false);
  const [trigger, setTrigger] = useState<HTMLButtonElement | null>(null);
  const hidden = blocks.filter((b) => overflow.ids.includes(b.id));
  const count = hidden.length;
  const range = `${clock(overflow.start, clockFormat)}–${clock(overflow.end, clockFormat)}`;
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger
        ref={setTrigger}
        aria-label={`+${count} more appointments, ${range}`}
        className="absolute z-10 flex flex-col items-center justify-start rounded-md border border-dashed border-primary/50 bg-card py-0.5 text-[11px] font-semibold leading-tight text-primary hover:bg-accent focus-visible:z-20 focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring"
        style={columnBox(overflow, axis, overflow, { leftPx: 1, minHeightPx: 30 })}
      >
        +{count} <span className="text-[10px] font-normal">more</span>
      </PopoverTrigger>
      <PopoverContent aria-label={`Appointments ${range}`} align="start" side="left" collisionPadding={8} className="w-72 p-2">
        <p className="px-2 pb-1 text-xs text-muted-foreground">{range}: not enough room to show these side by side</p>
        <ul className="grid gap-1">
          {hidden.map((b) => (
            <li key={b.id}>
              <button
                type="button"
                className="grid w-full grid-cols-[auto_1fr] items-center gap-x-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-accent focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring"
                onClick={() => {
                  setOpen(false);
                  if (trigger) onOpen(b, trigger);
                }}
              >
                {/* Its name is what it shows, in the words of the grid's blocks: "09:00 Jane Doe — Physiotherapy · Dr Lee (Scheduled)". */}
                <span aria-hidden className="size-2.5 rounded-full" style={{ backgroundColor: validColour(b.serviceColour) }} />
                <span className="min-w-0 truncate">
                  <span className="tabular-nums text-muted-foreground">{b.timeLabel.slice(0, 5)}</span> <span className="font-medium">{b.patientName}</span>
                </span>
                <span className="col-start-2 min-w-0 truncate text-xs text-muted-foreground">
                  <span className="sr-only">— </span>
                  {b.serviceName} · {b.providerName} ({STATUS_LABELS[b.status]})
                </span>
              </button>
            </li>
          ))}
        </ul>
      </PopoverContent>
    </Popover>
  );
}
