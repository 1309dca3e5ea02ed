"use client";

import { CalendarPlus, CheckCircle2, Printer } from "lucide-react";
import type { PreviewSession } from "@/lib/booking/types";
import { BookedCloseButtons } from "../booked-close-buttons";
import { Button } from "@/components/ui/button";

/** After Confirm: what was booked (clinic time), and the schedule to hand over: printed or as a calendar file. */
export function BookedSummary({ patientId, patientName, purchaseId, count, sessions }: {
  patientId: string;
  patientName: string;
  purchaseId: string;
  count: number;
  sessions: PreviewSession[];
}) {
  const course = `/patients/${encodeURIComponent(patientId)}/courses/${encodeURIComponent(purchaseId)}`;
  return (
    <div className="grid gap-4 py-4">
      <div className="grid justify-items-center gap-2 text-center" role="status">
        <CheckCircle2 aria-hidden className="size-10 text-success" />
        <h3 data-step-focus tabIndex={-1} className="rounded-sm text-lg font-semibold outline-none focus-visible:ring-2 focus-visible:ring-ring">
          Booked {count} session{count === 1 ? "" : "s"} for {patientName}
        </h3>
        <p className="text-sm text-muted-foreground">The sessions are taken from the package and appear on the patient&apos;s page.</p>
      </div>
      {sessions.length > 0 && (
        <ol aria-label="Booked sessions" className="mx-auto grid w-full max-w-xl gap-1 rounded-lg border p-3 text-sm">
          {sessions.map((s) => (
            <li key={`${s.start}-${s.providerId}`} className="flex flex-wrap justify-between gap-x-4">
              <span className="font-medium tabular-nums">
                {s.dateLabel}, {s.timeLabel}
              </span>
              <span className="text-muted-foreground">
                {s.serviceName} · {s.clinicName}
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="flex flex-wrap justify-center gap-2">
        <Button asChild variant="outline">
          <a href={`${course}/print`} target="_blank" rel="noopener">
            <Printer aria-hidden />
            Print schedule
          </a>
        </Button>
        <Button asChild variant="outline">
          <a href={`${course}/calendar.ics`} download>
            <CalendarPlus aria-hidden />
            Calendar file (.ics)
          </a>
        </Button>
        <BookedCloseButtons patientId={patientId} />
      </div>
    </div>
  );
}
