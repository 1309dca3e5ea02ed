"use client";

import { useRef, useState, type ReactNode } from "react";
import {
  DndContext,
  MouseSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragMoveEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { getEventCoordinates } from "@dnd-kit/utilities";
import { SLOT_STEP_MINUTES } from "@/lib/booking/policy";
import { moveFor } from "@/lib/calendar/drop";
import { dropMinute, type Span } from "@/lib/calendar/layout";
import { clock, longDay, type CalendarBlock, type CalendarColumn } from "@/lib/calendar/model";
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
  axis,
  timeZone,
  onDrop,
  onDragging,
  children,
}: {
  axis: Span;
  timeZone: string;
  onDrop: (move: PendingMove) => void;
  onDragging: (dragging: boolean) => void;
  children: (state: { dropAt: (column: CalendarColumn) => Span | null }) => ReactNode;
}) {
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 300, tolerance: 8 } }),
  );
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const grabOffset = useRef(0);
  const [target, setTarget] = useState<Target | null>(null);

  // The collision check sees the pointer on every move: keep it, and pick the column under it.
  const collision: CollisionDetection = (args) => {
    pointer.current = args.pointerCoordinates;
    return pointerWithin(args);
  };

  const targetOf = (event: DragMoveEvent): Target | null => {
    const block = event.active.data.current?.block as CalendarBlock | undefined;
    const column = event.over?.data.current?.column as CalendarColumn | undefined;
    const element = column && document.getElementById(`column-${column.key}`);
    if (!block || !column || !element || !pointer.current) return null;
    const rect = element.getBoundingClientRect();
    const top = pointer.current.y - grabOffset.current - rect.top;
    return { block, column, minute: dropMinute(top, rect.height, axis, block.end - block.start, SLOT_STEP_MINUTES) };
  };

  const start = (event: DragStartEvent) => {
    const at = getEventCoordinates(event.activatorEvent);
    grabOffset.current = at ? at.y - (event.active.rect.current.initial?.top ?? at.y) : 0;
    pointer.current = at;
    onDragging(true);
  };
  const finish = (event: DragMoveEvent | null) => {
    const t = event && targetOf(event);
    setTarget(null);
    onDragging(false);
    if (!t) return;
    const move = moveFor(t.block, t.column, t.minute, timeZone);
    if (move) onDrop({ block: t.block, move, providerName: t.column.providerName ?? t.block.providerName });
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.data.current)}.`,
    onDragOver: () => (target ? `Over ${where(target)}.` : undefined),
    onDragEnd: () => (target ? `Dropped on ${where(target)}.` : "Dropped outside the calendar; nothing changed."),
    onDragCancel: () => "Moving cancelled; nothing changed.",
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      accessibility={{ announcements, screenReaderInstructions: INSTRUCTIONS }}
      onDragStart={start}
      onDragMove={(e) => setTarget(targetOf(e))}
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
  return block ? `${block.patientName}, ${block.timeLabel.slice(0, 5)}` : "the appointment";
}

function where(t: Target): string {
  return `${longDay(t.column.date)} at ${clock(t.minute)}${t.column.providerName ? ` with ${t.column.providerName}` : ""}`;
}
