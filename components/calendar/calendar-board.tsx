"use client";

import { useRef, useState } from "react";
import Link from "next/link";
import { BookAppointmentDialogs, type BookingContext, type BookingMode } from "@/components/booking/book-appointment-button";
import type { AppointmentOutcome, AvailableActions } from "@/lib/appointments/types";
import { axisHours, blockPosition, minuteAtFraction, type Span } from "@/lib/calendar/layout";
import { clock, longDay, type ClockFormat, type CalendarBlock, type CalendarColumn, type CalendarModel } from "@/lib/calendar/model";
import { zonedInstant, type CalendarView } from "@/lib/calendar/range";
import { cn } from "@/lib/utils";
import { AppointmentBlock } from "./appointment-block";
import { AppointmentDetailsDialog } from "./appointment-details-dialog";

const NO_ACTIONS: AvailableActions = { checkIn: false, complete: false, cancel: false, noShow: false, reschedule: false, lateCancelFrom: null, lateCancelWarning: null, noShowNotice: null };

/** Grid scale: one hour is this tall, so a 45-minute session has room for two lines. */
const HOUR_PX = 56;

type Props = {
  model: CalendarModel;
  view: CalendarView;
  clinic: { id: string; name: string; timeZone: string; locale?: string };
  /** Week view: each day's header links to that day (built on the server with the other search params). */
  dayHrefs: Record<string, string>;
  /** Admins get a link from each message's status to its page (content, Resend). */
  admin: boolean;
};

/**
 * The calendar grid: a time axis and one column per day (week) or per provider (day). Clicking free space in a
 * column opens Book Appointment at that time; clicking an appointment opens its details and actions.
 */
export function CalendarBoard({ model, view, clinic, dayHrefs, admin }: Props) {
  const { axis, columns } = model;
  const height = ((axis.end - axis.start) / 60) * HOUR_PX;
  const [selected, setSelected] = useState<{ id: string; snapshot: CalendarBlock } | null>(null);
  const [bookingMode, setBookingMode] = useState<BookingMode>(null);
  const [bookingContext, setBookingContext] = useState<BookingContext | undefined>(undefined);
  const returnTo = useRef<HTMLElement | null>(null);

  // The open appointment follows the refreshed data (its new status and actions) and survives leaving the grid.
  const current = selected && (columns.flatMap((c) => c.blocks).find((b) => b.id === selected.id) ?? selected.snapshot);
  const showProvider = view === "week" && columns.every((c) => c.providerId === null);

  const openBlock = (block: CalendarBlock, from: HTMLElement) => {
    returnTo.current = from;
    setSelected({ id: block.id, snapshot: block });
  };
  const book = (column: CalendarColumn, minute: number, from: HTMLElement) => {
    returnTo.current = from;
    const context: BookingContext = { clinicId: clinic.id, from: zonedInstant(column.date, minute, clinic.timeZone).toISOString() };
    if (column.providerId) context.providerId = column.providerId;
    setBookingContext(context);
    setBookingMode("choose");
  };
  const done = (outcome: AppointmentOutcome) => {
    // A cancelled package session offers "Re-plan the rest" in the dialog; everything else is told by a toast.
    if (!outcome.replanPurchaseId) return setSelected(null);
    // The block may leave the grid (cancelled ones are hidden): until then, the dialog shows the outcome.
    setSelected((s) => s && { ...s, snapshot: { ...s.snapshot, status: outcome.status, actions: NO_ACTIONS } });
  };

  const template = `3.5rem ${columns.map((c) => (c.closure && c.blocks.length === 0 && view === "week" ? "minmax(6.5rem,0.5fr)" : "minmax(0,1fr)")).join(" ")}`;
  const minWidth = view === "week" ? 760 : 56 + columns.length * 150;

  return (
    <>
      <section aria-label="Appointments" className="max-h-[calc(100vh-13rem)] min-h-[28rem] overflow-auto rounded-lg border bg-card">
        <div className="grid" style={{ gridTemplateColumns: template, minWidth }}>
          <div className="sticky left-0 top-0 z-40 border-b bg-card" />
          {columns.map((c) => (
            <ColumnHeader key={c.key} column={c} view={view} href={dayHrefs[c.date]} />
          ))}

          <div className="sticky left-0 z-30 bg-card" style={{ height }} aria-hidden>
            {axisHours(axis).map((m) => (
              <span
                key={m}
                className="absolute right-2 -translate-y-1/2 text-[11px] tabular-nums text-muted-foreground first:translate-y-0.5"
                style={{ top: ((m - axis.start) / 60) * HOUR_PX }}
              >
                {clock(m, model.clock)}
              </span>
            ))}
          </div>
          {columns.map((c) => (
            <DayColumn
              key={c.key}
              column={c}
              axis={axis}
              height={height}
              nowMinute={c.isToday ? model.nowMinute : null}
              clockFormat={model.clock}
              showProvider={showProvider}
              onBook={book}
              onOpen={openBlock}
            />
          ))}
        </div>
      </section>

      <AppointmentDetailsDialog
        block={current}
        clinic={clinic}
        admin={admin}
        onOpenChange={(open) => {
          if (!open) setSelected(null);
        }}
        onDone={done}
        onCloseAutoFocus={(e) => {
          e.preventDefault();
          returnTo.current?.focus();
        }}
      />
      {/* Always mounted: the dialogs hand focus back to the clicked slot as they close. */}
      <BookAppointmentDialogs mode={bookingMode} onModeChange={setBookingMode} context={bookingContext} onClosed={() => returnTo.current?.focus()} />
    </>
  );
}

function ColumnHeader({ column, view, href }: { column: CalendarColumn; view: CalendarView; href?: string }) {
  const today = column.isToday;
  return (
    <div className={cn("sticky top-0 z-20 flex min-w-0 flex-col justify-center border-b border-l bg-card px-2 py-1.5", today && view === "week" && "bg-accent")}>
      {view === "week" && href ? (
        <Link href={href} className="truncate text-sm font-medium underline-offset-4 hover:underline">
          {column.heading}
          {today && <span className="ml-1.5 text-xs font-normal text-accent-foreground">Today</span>}
          <span className="sr-only">: show this day</span>
        </Link>
      ) : (
        <span className="truncate text-sm font-medium">{column.heading}</span>
      )}
      <span className="truncate text-xs text-muted-foreground">
        {column.closure
          ? "Closed"
          : column.providerId && column.openSpans.length === 0
            ? "Not working this day"
            : view === "day"
              ? (column.subheading ?? "\u00a0")
              : column.blocks.length === 0 ? "No appointments" : `${column.blocks.length} appointment${column.blocks.length === 1 ? "" : "s"}`}
      </span>
    </div>
  );
}

function DayColumn({
  column,
  axis,
  height,
  nowMinute,
  showProvider,
  onBook,
  onOpen,
  clockFormat,
}: {
  clockFormat: ClockFormat;
  column: CalendarColumn;
  axis: Span;
  height: number;
  nowMinute: number | null;
  showProvider: boolean;
  onBook: (column: CalendarColumn, minute: number, from: HTMLElement) => void;
  onOpen: (block: CalendarBlock, from: HTMLElement) => void;
}) {
  const [hover, setHover] = useState<number | null>(null);
  const minuteAt = (el: HTMLElement, clientY: number) => {
    const rect = el.getBoundingClientRect();
    return minuteAtFraction((clientY - rect.top) / rect.height, axis);
  };
  const bookLabel = `Book an appointment on ${longDay(column.date)}${column.providerName ? ` with ${column.providerName}` : ""}`;
  const firstOpen = column.openSpans[0]?.start ?? axis.start;

  return (
    <div
      className="relative border-l"
      style={{
        height,
        backgroundImage: `linear-gradient(to bottom, var(--border) 1px, transparent 1px), linear-gradient(to bottom, color-mix(in srgb, var(--border) 45%, transparent) 1px, transparent 1px)`,
        backgroundSize: `100% ${HOUR_PX}px, 100% ${HOUR_PX / 2}px`,
        backgroundPosition: `0 ${-((axis.start % 60) / 60) * HOUR_PX}px`,
      }}
    >
      {column.closure ? (
        <div className="absolute inset-0 flex items-start justify-center bg-muted/80 bg-[repeating-linear-gradient(135deg,transparent_0_6px,rgb(148_163_184/0.12)_6px_12px)] pt-6 text-center text-xs text-muted-foreground">
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
          return (
            <div
              key={s.start}
              aria-hidden
              className="pointer-events-none absolute inset-x-0 bg-muted/70 bg-[repeating-linear-gradient(135deg,transparent_0_6px,rgb(148_163_184/0.12)_6px_12px)]"
              style={{ top: `${topPct}%`, height: `${heightPct}%` }}
            />
          );
        })}

      {hover !== null && (
        <div
          aria-hidden
          className="pointer-events-none absolute inset-x-1 z-[5] rounded-sm border border-dashed border-primary/60 bg-primary/5 px-1.5 text-[11px] font-medium leading-[15px] text-primary"
          style={{ top: `${blockPosition({ start: hover, end: hover + 15 }, axis).topPct}%`, height: HOUR_PX / 4 }}
        >
          + {clock(hover, clockFormat)}
        </div>
      )}

      {nowMinute !== null && nowMinute >= axis.start && nowMinute <= axis.end && (
        <div aria-hidden className="pointer-events-none absolute inset-x-0 z-[15] h-0.5 bg-destructive" style={{ top: `${blockPosition({ start: nowMinute, end: nowMinute }, axis).topPct}%` }}>
          <span className="absolute -left-1 -top-[3px] size-2 rounded-full bg-destructive" />
        </div>
      )}

      {column.blocks.map((b) => (
        <AppointmentBlock key={b.id} block={b} axis={axis} showProvider={showProvider} onOpen={onOpen} />
      ))}
    </div>
  );
}
