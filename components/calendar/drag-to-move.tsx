"use client";

import { useRef, useState, type ReactNode } from "react";
import {
  DndContext,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragMoveEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { getEventCoordinates } from "@dnd-kit/utilities";
import { SLOT_STEP_MINUTES } from "@/lib/booking/policy";
import { moveFor } from "@/lib/calendar/drop";
import { dropMinute, type Span } from "@/lib/calendar/layout";
import { clock, longDay, type CalendarBlock, type CalendarColumn, type ClockFormat } from "@/lib/calendar/model";
import type { PendingMove } from "./move-dialog";

type Target = { block: CalendarBlock; column: CalendarColumn; minute: number };

const INSTRUCTIONS = {
  draggable:
    "Scheduled appointments can be dragged with a mouse or finger to another time. With the keyboard, open the appointment and choose Reschedule.",
};

/**
 * Drag to reschedule: a scheduled block dragged onto a column lands on the slot under its top edge (snapped to the
 * clinic's slot step), previewed in that column while dragging; the drop asks for confirmation (MoveDialog). The
 * mouse must travel 6 px (a click still opens the block); a finger must rest on it first (a swipe still scrolls).
 */
export function DragToMove({
  columns,
  axis,
  timeZone,
  clockFormat,
  onDrop,
  onDragging,
  children,
}: {
  columns: CalendarColumn[];
  axis: Span;
  timeZone: string;
  clockFormat: ClockFormat;
  onDrop: (move: PendingMove) => void;
  onDragging: (dragging: boolean) => void;
  children: (state: { dropAt: (column: CalendarColumn) => Span | null }) => ReactNode;
}) {
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 300, tolerance: 8 } }),
  );
  const drag = useRef<{ grabOffset: number; pointer: { x: number; y: number }; stop: () => void } | null>(null);
  const [target, setTarget] = useState<Target | null>(null);

  // Everything in viewport coordinates read at the same moment (the pointer, the column's box), so scrolling the
  // grid or the page while dragging cannot shift the time.
  const targetOf = (block: CalendarBlock | undefined): Target | null => {
    const d = drag.current;
    const dragged = block && document.getElementById(`appointment-${block.id}`);
    if (!block || !d || !dragged) return null;
    const under = document.elementsFromPoint(d.pointer.x, d.pointer.y).find((e) => !dragged.contains(e) && e.closest("[data-column-key]"));
    const element = under?.closest<HTMLElement>("[data-column-key]");
    const column = element && columns.find((c) => c.key === element.dataset.columnKey);
    if (!element || !column || column.closure) return null;
    const rect = element.getBoundingClientRect();
    const top = d.pointer.y - d.grabOffset - rect.top;
    return { block, column, minute: dropMinute(top, rect.height, axis, block.end - block.start, SLOT_STEP_MINUTES) };
  };

  const start = (event: DragStartEvent) => {
    const block = event.active.data.current?.block as CalendarBlock | undefined;
    const at = getEventCoordinates(event.activatorEvent) ?? { x: 0, y: 0 };
    const top = (block && document.getElementById(`appointment-${block.id}`)?.getBoundingClientRect().top) ?? at.y;
    const follow = (e: PointerEvent | TouchEvent) => {
      const p = "touches" in e ? e.touches[0] : e;
      if (p && drag.current) drag.current.pointer = { x: p.clientX, y: p.clientY };
    };
    window.addEventListener("pointermove", follow, { capture: true, passive: true });
    window.addEventListener("touchmove", follow, { capture: true, passive: true });
    const stop = () => {
      window.removeEventListener("pointermove", follow, { capture: true });
      window.removeEventListener("touchmove", follow, { capture: true });
    };
    drag.current = { grabOffset: at.y - top, pointer: at, stop };
    onDragging(true);
  };
  const finish = (event: DragMoveEvent | null) => {
    const t = event && targetOf(event.active.data.current?.block as CalendarBlock | undefined);
    drag.current?.stop();
    drag.current = null;
    setTarget(null);
    onDragging(false);
    if (!t) return;
    const move = moveFor(t.block, t.column, t.minute, timeZone);
    if (move) onDrop({ block: t.block, move, providerName: t.column.providerName ?? t.block.providerName });
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.data.current)}.`,
    onDragOver: () => (target ? `Over ${where(target, clockFormat)}.` : undefined),
    onDragEnd: () => (target ? `Dropped on ${where(target, clockFormat)}.` : "Dropped outside the calendar; nothing changed."),
    onDragCancel: () => "Moving cancelled; nothing changed.",
  };

  return (
    <DndContext
      sensors={sensors}
      // Scroll only when the pointer is right at an edge: a drop on a late slot must not drift while aiming.
      autoScroll={{ threshold: { x: 0.05, y: 0.06 } }}
      accessibility={{ announcements, screenReaderInstructions: INSTRUCTIONS }}
      onDragStart={start}
      onDragMove={(e) => setTarget(targetOf(e.active.data.current?.block as CalendarBlock | undefined))}
      onDragEnd={finish}
      onDragCancel={() => finish(null)}
    >
      {children({
        dropAt: (column) => (target && target.column.key === column.key ? { start: target.minute, end: target.minute + (target.block.end - target.block.start) } : null),
      })}
    </DndContext>
  );
}

function nameOf(data: Record<string, unknown> | undefined): string {
  const block = data?.block as CalendarBlock | undefined;
  return block ? `${block.patientName}, ${block.startLabel}` : "the appointment";
}

function where(t: Target, format: ClockFormat): string {
  return `${longDay(t.column.date)} at ${clock(t.minute, format)}${t.column.providerName ? ` with ${t.column.providerName}` : ""}`;
}
