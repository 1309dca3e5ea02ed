"use client";

import { useDraggable } from "@dnd-kit/core";
import { Package } from "lucide-react";
import type { Across, Span } from "@/lib/calendar/layout";
import type { CalendarBlock } from "@/lib/calendar/model";
import { cn } from "@/lib/utils";
import { STATUS_ICONS, tint, validColour } from "./status-icons";
import { columnBox } from "./column-box";

/** What the board does when a block is pointed at, focused or left (the hover card). */
export type CardHandlers = {
  show: (block: CalendarBlock, from: HTMLElement, delayMs: number) => void;
  hide: (delayMs: number) => void;
  /** The card's id while it describes this block, for aria-describedby. */
  describedBy: (block: CalendarBlock) => string | undefined;
};

/**
 * One appointment on the grid: a button named "09:00 Jane Doe — Physiotherapy · Sarah Patel (Scheduled)" that opens
 * its details. What it shows is the start of that name (start time, patient, service, provider in the week view);
 * status and package are icons, the duration is the height. A scheduled one can be dragged to another time
 * (the mouse must travel a few pixels first, so a click still opens it); the keyboard path is its Reschedule action.
 */
export function AppointmentBlock({
  block,
  axis,
  across,
  widthPx,
  showProvider,
  onOpen,
  card,
}: {
  block: CalendarBlock;
  axis: Span;
  across: Across;
  /** The block's width when the column has been measured: narrow blocks keep to one line. */
  widthPx: number | null;
  showProvider: boolean;
  onOpen: (block: CalendarBlock, from: HTMLElement) => void;
  card: CardHandlers;
}) {
  const { setNodeRef, listeners, transform, isDragging } = useDraggable({ id: block.id, data: { block }, disabled: !block.actions.reschedule });
  const minutes = block.end - block.start;
  const muted = block.status === "CANCELLED" || block.status === "NO_SHOW";
  // The spaces between the spans keep the text readable as words (axe reads it without layout).
  // One line below 40 minutes or in a narrow lane; otherwise the service (and provider) on a second line.
  const compact = minutes < 40 || (widthPx !== null ? widthPx < 96 : block.lanes > 3);
  // In a narrow lane the name needs the room more than the package mark (the card and the name still say it).
  const narrow = widthPx !== null && widthPx < 110;
  // A narrow block with the height for it puts the name under the time rather than cutting it to a letter.
  const stacked = narrow && minutes >= 40;
  const status = STATUS_ICONS[block.status];
  const colour = validColour(block.serviceColour);

  return (
    <button
      ref={setNodeRef}
      id={`appointment-${block.id}`}
      type="button"
      aria-label={block.label}
      aria-describedby={card.describedBy(block)}
      {...listeners}
      onClick={(e) => {
        card.hide(0);
        onOpen(block, e.currentTarget);
      }}
      onPointerEnter={(e) => card.show(block, e.currentTarget, 350)}
      onPointerLeave={() => card.hide(150)}
      // Keyboard focus shows the card at once; a mouse press focuses too, but the pointer has its own delay.
      onFocus={(e) => e.currentTarget.matches(":focus-visible") && card.show(block, e.currentTarget, 0)}
      onBlur={() => card.hide(0)}
      className={cn(
        "absolute z-10 flex flex-col overflow-hidden rounded-md border border-l-[3px] px-1.5 py-px text-left text-xs leading-[15px] shadow-xs transition-shadow",
        "hover:z-20 hover:shadow-md focus-visible:z-20 focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-1",
        block.actions.reschedule && "cursor-grab touch-manipulation",
        isDragging && "z-50 cursor-grabbing opacity-90 shadow-lg ring-2 ring-primary",
        muted ? "border-dashed bg-muted text-muted-foreground" : "text-foreground",
      )}
      style={{
        ...columnBox(block, axis, across, { leftPx: 2, minHeightPx: 18 }),
        transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined,
        borderColor: muted ? undefined : tint(colour, 0.35),
        borderLeftColor: muted ? "var(--input)" : colour,
        backgroundColor: muted ? undefined : isDragging ? tint(colour, 0.25) : tint(colour, 0.12),
      }}
    >
      <span className={cn("flex min-w-0 items-center gap-x-1", stacked && "flex-wrap")}>
        <span className="shrink-0 text-[11px] tabular-nums text-muted-foreground">{block.startLabel}</span>{" "}
        <span className={cn("truncate font-medium", stacked && "order-last basis-full", block.status === "CANCELLED" && "line-through")}>{block.patientName}</span>
        <span className="ml-auto flex shrink-0 items-center gap-0.5">
          {block.purchaseId && !narrow && <Package aria-hidden className="size-3 text-muted-foreground" />}
          {status && <status.icon aria-hidden className={cn("size-3.5", status.className)} />}
        </span>
      </span>{" "}
      {!compact && !stacked && (
        <span className="truncate text-muted-foreground">
          {block.serviceName}
          {showProvider && ` · ${block.providerName}`}
        </span>
      )}
    </button>
  );
}
