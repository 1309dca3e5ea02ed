"use client";

import { useMemo } from "react";
import { Package, Phone } from "lucide-react";
import { AppointmentStatusBadge } from "@/components/appointments/status-badge";
import { Popover, PopoverAnchor, PopoverContent } from "@/components/ui/popover";
import type { CalendarBlock } from "@/lib/calendar/model";
import { formatDate } from "@/lib/format";
import { validColour } from "./status-icons";

export const CARD_ID = "calendar-appointment-card";

/**
 * The details of the appointment pointed at or focused, beside it: patient, phone, time, service, provider, package
 * and status. One card for the whole grid, anchored to the block; it never takes focus (the block keeps it and is
 * described by the card), stays open while the pointer moves onto it, and Escape closes it.
 */
export function AppointmentCard({
  shown,
  timeZone,
  onKeep,
  onLeave,
  onClose,
}: {
  shown: { block: CalendarBlock; anchor: HTMLElement } | null;
  timeZone: string;
  onKeep: () => void;
  onLeave: () => void;
  onClose: () => void;
}) {
  const anchor = useMemo(() => ({ current: shown?.anchor ?? null }), [shown?.anchor]);
  const b = shown?.block;
  return (
    <Popover open={b !== undefined} onOpenChange={(open) => !open && onClose()}>
      <PopoverAnchor virtualRef={anchor} />
      {b && (
        <PopoverContent
          id={CARD_ID}
          role="tooltip"
          aria-label={`${b.patientName}: details`}
          side="right"
          align="start"
          collisionPadding={8}
          className="w-64 p-3 text-sm"
          onOpenAutoFocus={(e) => e.preventDefault()}
          onCloseAutoFocus={(e) => e.preventDefault()}
          // Moving to the next block closes this card from the block's own blur; a click elsewhere closes it too.
          onFocusOutside={(e) => e.preventDefault()}
          onPointerEnter={onKeep}
          onPointerLeave={onLeave}
        >
          <p className="font-medium">{b.patientName}</p>
          <p className="flex items-center gap-1.5 text-muted-foreground">
            <Phone aria-hidden className="size-3.5" />
            {b.patientPhone ?? "No phone number on file"}
          </p>
          <dl className="mt-2 grid grid-cols-[4.5rem_1fr] gap-x-2 gap-y-1 text-[13px]">
            <dt className="text-muted-foreground">When</dt>
            <dd className="tabular-nums">
              {formatDate(new Date(b.startsAt), timeZone)}, {b.timeLabel}
            </dd>
            <dt className="text-muted-foreground">Service</dt>
            <dd className="flex min-w-0 items-center gap-1.5">
              <span aria-hidden className="size-2.5 shrink-0 rounded-full" style={{ backgroundColor: validColour(b.serviceColour) }} />
              {b.serviceName}
            </dd>
            <dt className="text-muted-foreground">Provider</dt>
            <dd>{b.providerName}</dd>
            <dt className="text-muted-foreground">Package</dt>
            <dd className="flex min-w-0 items-center gap-1.5">
              {b.packageName ? (
                <>
                  <Package aria-hidden className="size-3.5 shrink-0 text-muted-foreground" />
                  {b.packageName}
                </>
              ) : (
                <span className="text-muted-foreground">Single session</span>
              )}
            </dd>
            <dt className="text-muted-foreground">Status</dt>
            <dd>
              <AppointmentStatusBadge status={b.status} />
            </dd>
          </dl>
          <p className="mt-2 text-xs text-muted-foreground">
            {b.actions.reschedule ? "Open it for its actions, or drag it to another time." : "Open it for its details and actions."}
          </p>
        </PopoverContent>
      )}
    </Popover>
  );
}
