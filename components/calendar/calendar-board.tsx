"use client";

import { useRef, useState } from "react";
import Link from "next/link";
import { BookAppointmentDialogs, type BookingMode } from "@/components/booking/book-appointment-button";
import type { BookingContext } from "@/lib/booking/types";
import type { AppointmentOutcome, AvailableActions } from "@/lib/appointments/types";
import { axisHours } from "@/lib/calendar/layout";
import { clock, type CalendarBlock, type CalendarColumn, type CalendarModel } from "@/lib/calendar/model";
import { zonedInstant, type CalendarView } from "@/lib/calendar/range";
import { cn } from "@/lib/utils";
import { AppointmentDetailsDialog } from "./appointment-details-dialog";
import { AppointmentCard } from "./appointment-card";
import { CalendarLegend } from "./calendar-legend";
import { DayColumn, HOUR_PX } from "./day-column";
import { DragToMove } from "./drag-to-move";
import { MoveDialog, type PendingMove } from "./move-dialog";
import { useClinicClock } from "./use-clinic-clock";
import { useHoverCard } from "./use-hover-card";
import { useRefreshOnReturn } from "./use-refresh-on-return";

const NO_ACTIONS: AvailableActions = { checkIn: false, complete: false, cancel: false, noShow: false, reschedule: false, lateCancelFrom: null, lateCancelWarning: null, noShowNotice: null };

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
  const [pendingMove, setPendingMove] = useState<PendingMove | null>(null);
  const [dragging, setDragging] = useState(false);
  const now = useClinicClock(clinic.timeZone, { today: model.today, minute: model.nowMinute });
  const dialogOpen = selected !== null || bookingMode !== null || pendingMove !== null;
  const card = useHoverCard(dialogOpen || dragging);
  // Another desk's bookings appear when this one comes back to the tab (not while a drag or dialog is under way).
  useRefreshOnReturn(15_000, dialogOpen || dragging);

  // The open appointment follows the refreshed data (its new status and actions) and survives leaving the grid.
  const current = selected && (columns.flatMap((c) => c.blocks).find((b) => b.id === selected.id) ?? selected.snapshot);
  const showProvider = view === "week" && columns.every((c) => c.providerId === null);
  const showsToday = columns.some((c) => c.date === now.today);

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
      <DragToMove
        columns={columns}
        axis={axis}
        timeZone={clinic.timeZone}
        clockFormat={model.clock}
        onDrop={setPendingMove}
        onDragging={(on) => {
          setDragging(on);
          if (on) card.close();
        }}
      >
        {({ dropAt }) => (
          <section aria-label="Appointments" className="max-h-[calc(100vh-13rem)] min-h-[28rem] overflow-auto rounded-lg border bg-card">
            {showsToday && (
              <p className="sr-only">
                Now: {clock(now.minute)} clinic time{now.minute >= axis.start && now.minute <= axis.end ? " (the red line in today’s column)" : ""}.
              </p>
            )}
            <div className="grid" style={{ gridTemplateColumns: template, minWidth }}>
              <div className="sticky left-0 top-0 z-40 border-b bg-card" />
              {columns.map((c) => (
                <ColumnHeader key={c.key} column={c} view={view} href={dayHrefs[c.date]} today={c.date === now.today} />
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
                  nowMinute={c.date === now.today ? now.minute : null}
                  showProvider={showProvider}
                  clockFormat={model.clock}
                  dropAt={dropAt(c)}
                  onBook={book}
                  onOpen={openBlock}
                  card={card.handlers}
                />
              ))}
            </div>
          </section>
        )}
      </DragToMove>
      <CalendarLegend columns={columns} />
      <AppointmentCard shown={card.shown} timeZone={clinic.timeZone} onKeep={card.keep} onLeave={() => card.handlers.hide(150)} onClose={card.close} />
      <MoveDialog pending={pendingMove} timeZone={clinic.timeZone} onClose={() => setPendingMove(null)} />

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
          card.quietly(() => returnTo.current?.focus());
        }}
      />
      {/* Always mounted: the dialogs hand focus back to the clicked slot as they close. */}
      <BookAppointmentDialogs mode={bookingMode} onModeChange={setBookingMode} context={bookingContext} onClosed={() => card.quietly(() => returnTo.current?.focus())} />
    </>
  );
}

// `today` from the live clinic clock, like the now-line: a page left open past midnight moves both together.
function ColumnHeader({ column, view, href, today }: { column: CalendarColumn; view: CalendarView; href?: string; today: boolean }) {
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
