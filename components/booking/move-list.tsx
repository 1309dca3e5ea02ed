"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { ArrowRightLeft, Info, Loader2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import type { MoveAlternatives, PreviewSession } from "@/lib/booking/types";
import type { ActionResult } from "@/lib/action-result";
import { DateJump } from "./date-jump";

type Props = {
  session: PreviewSession;
  number: number;
  disabled?: boolean;
  /** Valid times for this session, from a local date (default: the first allowed day). */
  load: (from?: string) => Promise<ActionResult<MoveAlternatives>>;
  onPick: (to: PreviewSession) => void;
};

/**
 * "Move" for one session of the preview: the valid times in date order, grouped by day (clinic time), with a date
 * jump. A listbox with one focusable option at a time: focus goes into it on open, arrows (and Home/End) move,
 * Enter or Space picks, Escape closes back to the Move button, Tab leaves.
 */
export function MoveButton({ session, number, disabled, load, onPick }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<"loading" | "done" | "error">("loading");
  const [message, setMessage] = useState("");
  // The last list loaded: its bounds stay on the date jump while the next one loads.
  const [data, setData] = useState<MoveAlternatives | null>(null);
  const [jumpDate, setJumpDate] = useState("");
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const picked = useRef(false);

  const show = async (from?: string) => {
    setStatus("loading");
    const result = await load(from).catch(() => null);
    if (!result || !result.ok) {
      setMessage(result ? result.error.message : "Cadence could not be reached. Please try again.");
      return setStatus("error");
    }
    setActive(0);
    setData(result.data);
    setJumpDate(result.data.fromDate);
    setStatus("done");
  };

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) return;
    picked.current = false;
    setData(null);
    void show();
  };

  // Each new list: focus goes to its first time, so arrows work at once; with none, to the date jump.
  useEffect(() => {
    if (!open || status !== "done") return;
    const first = listRef.current?.querySelector<HTMLElement>('[role="option"]');
    (first ?? document.getElementById(`${id}-from`))?.focus();
  }, [open, status, data, id]);

  const pick = (slot: PreviewSession) => {
    picked.current = true;
    setOpen(false);
    onPick(slot);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const slots = data?.slots ?? [];
    if (slots.length === 0) return;
    const to = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: slots.length - 1 }[e.key];
    if (to !== undefined) {
      e.preventDefault();
      const next = Math.max(0, Math.min(slots.length - 1, to));
      setActive(next);
      listRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus();
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      pick(slots[active]);
    }
  };

  const label = `session ${number}: ${session.serviceName}, ${session.dateLabel} ${session.timeLabel}`;
  return (
    <Popover open={open} onOpenChange={onOpenChange}>
      <PopoverTrigger asChild>
        <Button type="button" variant="outline" size="sm" disabled={disabled} aria-label={`Move ${label}`} data-move-session={number}>
          <ArrowRightLeft aria-hidden />
          Move
        </Button>
      </PopoverTrigger>
      <PopoverContent
        align="end"
        className="grid w-[min(26rem,calc(100vw-1rem))] gap-0 p-0"
        aria-labelledby={`${id}-title`}
        // After a pick the row moves (and its Move button with it): the preview puts focus on the moved session.
        onCloseAutoFocus={(e) => picked.current && e.preventDefault()}
      >
        <div className="grid gap-3 border-b px-3 py-2.5 text-sm">
          <div>
            <p id={`${id}-title`} className="font-medium">
              Move session {number}
            </p>
            <p className="text-muted-foreground">
              {session.serviceName} · now {session.dateLabel}, {session.timeLabel}
            </p>
          </div>
          <DateJump
            id={`${id}-from`}
            min={data?.firstDate}
            max={data?.lastDate}
            value={jumpDate}
            onChange={setJumpDate}
            pending={status === "loading"}
            onJump={(d) => void show(d)}
          />
        </div>
        {status === "loading" && (
          <p className="flex items-center justify-center gap-2 px-3 py-4 text-sm text-muted-foreground" role="status">
            <Loader2 aria-hidden className="size-4 animate-spin" /> Finding other times…
          </p>
        )}
        {status === "error" && (
          <p className="px-3 py-4 text-center text-sm text-destructive" role="alert">
            {message}
          </p>
        )}
        {status === "done" && data && (
          <div className="grid gap-2 px-1 py-2">
            <p className="px-2 text-[13px] text-muted-foreground" id={`${id}-range`}>
              {data.rangeLabel}
            </p>
            {data.note && (
              <p className="mx-2 flex gap-2 rounded-md bg-muted px-2.5 py-2 text-[13px]" role="status">
                <Info aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
                {data.note}
              </p>
            )}
            {data.slots.length > 0 && (
              <SlotList id={id} data={data} active={active} currentClinic={session.clinicId} listRef={listRef} onKeyDown={onKeyDown} onFocusIndex={setActive} onPick={pick} />
            )}
          </div>
        )}
      </PopoverContent>
    </Popover>
  );
}

function SlotList({
  id,
  data,
  active,
  currentClinic,
  listRef,
  onKeyDown,
  onFocusIndex,
  onPick,
}: {
  id: string;
  data: MoveAlternatives;
  active: number;
  currentClinic: string;
  listRef: React.RefObject<HTMLDivElement | null>;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  onFocusIndex: (index: number) => void;
  onPick: (slot: PreviewSession) => void;
}) {
  const days = groupByDay(data.slots);
  return (
    <div ref={listRef} role="listbox" aria-labelledby={`${id}-title ${id}-range`} onKeyDown={onKeyDown} className="grid max-h-72 gap-2 overflow-y-auto px-1">
      {days.map(({ day, items }) => (
        <div key={day} role="group" aria-labelledby={`${id}-${day}`}>
          {/* A div, not a heading or paragraph: a listbox may own only groups and options. */}
          <div id={`${id}-${day}`} data-day-heading className="px-2 pb-0.5 text-xs font-semibold text-muted-foreground">
            {day}
          </div>
          {items.map(({ slot, index }) => (
            <div
              key={`${slot.providerId}-${slot.clinicId}-${slot.start}`}
              role="option"
              aria-selected={index === active}
              tabIndex={index === active ? 0 : -1}
              data-index={index}
              onFocus={() => onFocusIndex(index)}
              onClick={() => onPick(slot)}
              className="flex cursor-pointer items-center justify-between gap-3 rounded-sm px-2 py-1.5 text-sm outline-none hover:bg-accent focus-visible:bg-accent focus-visible:ring-2 focus-visible:ring-ring aria-selected:bg-accent/60"
            >
              <span className="tabular-nums font-medium">{slot.timeLabel}</span>
              <span className="sr-only">, with </span>
              <span className="truncate text-xs text-muted-foreground">
                {slot.providerName}
                {slot.clinicId !== currentClinic && ` · ${slot.clinicName}`}
              </span>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

function groupByDay(slots: PreviewSession[]): { day: string; items: { slot: PreviewSession; index: number }[] }[] {
  const days: { day: string; items: { slot: PreviewSession; index: number }[] }[] = [];
  slots.forEach((slot, index) => {
    const last = days[days.length - 1];
    if (last && last.day === slot.dateLabel) last.items.push({ slot, index });
    else days.push({ day: slot.dateLabel, items: [{ slot, index }] });
  });
  return days;
}
