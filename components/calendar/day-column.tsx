"use client";

import { useEffect, useState } from "react";
import { blockPosition, fitLanes, minuteAtFraction, type Span } from "@/lib/calendar/layout";
import { clock, longDay, type CalendarBlock, type CalendarColumn, type ClockFormat } from "@/lib/calendar/model";
import { AppointmentBlock, type CardHandlers } from "./appointment-block";
import { MoreButton } from "./more-button";

/** Grid scale: one hour is this tall, so a 45-minute session has room for two lines. */
export const HOUR_PX = 56;

const HATCHED = "bg-muted/70 bg-[repeating-linear-gradient(135deg,transparent_0_6px,rgb(148_163_184/0.12)_6px_12px)]";

/**
 * One day (week view) or one provider's day (day view): free space books at the clicked time, blocks sit in lanes
 * (as many as fit, the rest behind "+N more"), the now-line crosses today, and a dragged block shows where it
 * would land.
 */
export function DayColumn({
  column,
  axis,
  height,
  nowMinute,
  showProvider,
  clockFormat,
  dropAt,
  onBook,
  onOpen,
  card,
}: {
  column: CalendarColumn;
  axis: Span;
  height: number;
  nowMinute: number | null;
  showProvider: boolean;
  clockFormat: ClockFormat;
  /** While a block is dragged over this column: where it would start, and its length. */
  dropAt: Span | null;
  onBook: (column: CalendarColumn, minute: number, from: HTMLElement) => void;
  onOpen: (block: CalendarBlock, from: HTMLElement) => void;
  card: CardHandlers;
}) {
  const [hover, setHover] = useState<number | null>(null);
  const [measure, widthPx] = useWidth();
  const minuteAt = (el: HTMLElement, clientY: number) => {
    const rect = el.getBoundingClientRect();
    return minuteAtFraction((clientY - rect.top) / rect.height, axis);
  };
  const bookLabel = `Book an appointment on ${longDay(column.date)}${column.providerName ? ` with ${column.providerName}` : ""}`;
  const firstOpen = column.openSpans[0]?.start ?? axis.start;
  const { placed, more } = fitLanes(column.blocks, widthPx);

  return (
    <div
      ref={measure}
      // Until its width is known the lanes may still change (some go behind "+N more").
      aria-busy={widthPx === null}
      id={`column-${column.key}`}
      data-column-key={column.key}
      className="relative border-l"
      style={{
        height,
        backgroundImage: `linear-gradient(to bottom, var(--border) 1px, transparent 1px), linear-gradient(to bottom, color-mix(in srgb, var(--border) 45%, transparent) 1px, transparent 1px)`,
        backgroundSize: `100% ${HOUR_PX}px, 100% ${HOUR_PX / 2}px`,
        backgroundPosition: `0 ${-((axis.start % 60) / 60) * HOUR_PX}px`,
      }}
    >
      {column.closure ? (
        <div className={`absolute inset-0 flex items-start justify-center pt-6 text-center text-xs text-muted-foreground ${HATCHED}`}>
          <span className="px-1">
            Closed
            {column.closure.reason && (
              <>
                <br />
                {column.closure.reason}
              </>
            )}
          </span>
        </div>
      ) : (
        <button
          type="button"
          aria-label={bookLabel}
          className="absolute inset-0 z-0 cursor-copy focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring"
          onClick={(e) => onBook(column, e.detail === 0 ? Math.max(firstOpen, nowMinute ?? 0) : minuteAt(e.currentTarget, e.clientY), e.currentTarget)}
          onMouseMove={(e) => setHover(minuteAt(e.currentTarget, e.clientY))}
          onMouseLeave={() => setHover(null)}
        />
      )}

      {!column.closure &&
        column.closedSpans.map((s) => {
          const { topPct, heightPct } = blockPosition(s, axis);
          return <div key={s.start} aria-hidden className={`pointer-events-none absolute inset-x-0 ${HATCHED}`} style={{ top: `${topPct}%`, height: `${heightPct}%` }} />;
        })}

      {hover !== null && dropAt === null && (
        <div
          aria-hidden
          className="pointer-events-none absolute inset-x-1 z-[5] rounded-sm border border-dashed border-primary/60 bg-primary/5 px-1.5 text-[11px] font-medium leading-[15px] text-primary"
          style={{ top: `${blockPosition({ start: hover, end: hover + 15 }, axis).topPct}%`, height: HOUR_PX / 4 }}
        >
          + {clock(hover, clockFormat)}
        </div>
      )}

      {nowMinute !== null && nowMinute >= axis.start && nowMinute <= axis.end && (
        <div aria-hidden data-now-line className="pointer-events-none absolute inset-x-0 z-[15] h-0.5 bg-destructive" style={{ top: `${blockPosition({ start: nowMinute, end: nowMinute }, axis).topPct}%` }}>
          <span className="absolute -left-1 -top-[3px] size-2 rounded-full bg-destructive" />
        </div>
      )}

      {column.blocks.map((b) => {
        const across = placed.get(b.id);
        return (
          across && (
            <AppointmentBlock
              key={b.id}
              block={b}
              axis={axis}
              across={across}
              widthPx={widthPx === null ? null : across.width * widthPx}
              showProvider={showProvider}
              onOpen={onOpen}
              card={card}
            />
          )
        );
      })}
      {more.map((m) => (
        <MoreButton key={m.ids[0]} overflow={m} blocks={column.blocks} axis={axis} clockFormat={clockFormat} onOpen={onOpen} />
      ))}

      {dropAt && (
        <div
          aria-hidden
          data-drop-preview
          className="pointer-events-none absolute inset-x-1 z-[45] rounded-md border-2 border-dashed border-primary bg-primary/10 px-1.5 text-[11px] font-semibold leading-[15px] text-primary"
          style={{ top: `${blockPosition(dropAt, axis).topPct}%`, height: `${blockPosition(dropAt, axis).heightPct}%` }}
        >
          Move to {clock(dropAt.start, clockFormat)}
        </div>
      )}
    </div>
  );
}

/** The element's width in pixels, kept up to date (null until measured, i.e. on the server). */
function useWidth() {
  const [element, measure] = useState<HTMLElement | null>(null);
  const [px, setPx] = useState<number | null>(null);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setPx(Math.round(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [measure, px] as const;
}
