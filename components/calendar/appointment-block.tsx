"use client";

import { CheckCircle2, LogIn, Package, UserX, XCircle } from "lucide-react";
import type { AppointmentStatus } from "@/lib/appointments/types";
import { blockPosition, type Span } from "@/lib/calendar/layout";
import { STATUS_LABELS, type CalendarBlock } from "@/lib/calendar/model";
import { cn } from "@/lib/utils";

const STATUS_ICONS: Partial<Record<AppointmentStatus, { icon: typeof LogIn; className: string }>> = {
  CHECKED_IN: { icon: LogIn, className: "text-primary" },
  COMPLETED: { icon: CheckCircle2, className: "text-success" },
  CANCELLED: { icon: XCircle, className: "text-muted-foreground" },
  NO_SHOW: { icon: UserX, className: "text-destructive" },
};

/**
 * One appointment on the grid: a button named "09:00 Jane Doe — Physiotherapy · Sarah Patel (Scheduled)" that opens
 * its details. What it shows is the start of that name (start time, patient, service, provider in the week view);
 * status and package are icons, the duration is the height.
 */
export function AppointmentBlock({
  block,
  axis,
  showProvider,
  onOpen,
}: {
  block: CalendarBlock;
  axis: Span;
  showProvider: boolean;
  onOpen: (block: CalendarBlock, from: HTMLElement) => void;
}) {
  const { topPct, heightPct } = blockPosition(block, axis);
  const minutes = block.end - block.start;
  const muted = block.status === "CANCELLED" || block.status === "NO_SHOW";
  // The spaces between the spans keep the text readable as words (axe reads it without layout).
  // One line below 40 minutes or in a crowded lane; otherwise the service (and provider) on a second line.
  const compact = minutes < 40 || block.lanes > 3;
  const status = STATUS_ICONS[block.status];
  const colour = validColour(block.serviceColour);
  const tooltip = [
    `${block.timeLabel} ${block.patientName}`,
    `${block.serviceName} · ${block.providerName}`,
    STATUS_LABELS[block.status],
    block.packageName && `Package: ${block.packageName}`,
  ]
    .filter(Boolean)
    .join("\n");

  return (
    <button
      type="button"
      aria-label={block.label}
      title={tooltip}
      onClick={(e) => onOpen(block, e.currentTarget)}
      className={cn(
        "absolute z-10 flex flex-col overflow-hidden rounded-md border border-l-[3px] px-1.5 py-px text-left text-xs leading-[15px] shadow-xs transition-shadow",
        "hover:z-20 hover:shadow-md focus-visible:z-20 focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-1",
        muted ? "border-dashed bg-muted text-muted-foreground" : "text-foreground",
      )}
      style={{
        top: `${topPct}%`,
        height: `calc(${heightPct}% - 2px)`,
        minHeight: "18px",
        left: `calc(${(block.lane / block.lanes) * 100}% + 2px)`,
        width: `calc(${100 / block.lanes}% - 4px)`,
        borderColor: muted ? undefined : tint(colour, 0.35),
        borderLeftColor: muted ? "var(--input)" : colour,
        backgroundColor: muted ? undefined : tint(colour, 0.12),
      }}
    >
      <span className="flex min-w-0 items-center gap-1">
        <span className="shrink-0 text-[11px] tabular-nums text-muted-foreground">{block.startLabel}</span>{" "}
        <span className={cn("truncate font-medium", block.status === "CANCELLED" && "line-through")}>{block.patientName}</span>
        <span className="ml-auto flex shrink-0 items-center gap-0.5">
          {block.purchaseId && <Package aria-hidden className="size-3 text-muted-foreground" />}
          {status && <status.icon aria-hidden className={cn("size-3.5", status.className)} />}
        </span>
      </span>{" "}
      {!compact && (
        <span className="truncate text-muted-foreground">
          {block.serviceName}
          {showProvider && ` · ${block.providerName}`}
        </span>
      )}
    </button>
  );
}

function validColour(colour: string): string {
  return /^#[0-9a-f]{6}$/i.test(colour) ? colour : "#0b6a63";
}

/** The service colour at a given opacity, for a calm tint behind dark text. */
function tint(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255} / ${alpha})`;
}
