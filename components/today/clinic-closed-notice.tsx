import Link from "next/link";
import { CalendarOff } from "lucide-react";
import type { ClinicDay } from "@/lib/calendar/opening";
import { calendarHref } from "@/lib/calendar/href";
import { clock, longDay } from "@/lib/calendar/model";

/** Today on a day the clinic does not open: says so (with the closure's reason) and links the next open day. */
export function ClinicClosedNotice({ clinic, day }: { clinic: { id: string; name: string }; day: ClinicDay }) {
  return (
    <div className="flex items-start gap-3 rounded-md border border-dashed bg-muted/40 p-4 text-sm">
      <CalendarOff aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
      <div className="space-y-1">
        <p className="font-medium">
          {clinic.name} is closed today{day.closedReason ? ` (${day.closedReason})` : ""}.
        </p>
        {day.next ? (
          <p className="text-muted-foreground">
            {/* The date itself links to that day's calendar (a link named "…calendar" would shadow the Calendar tab). */}
            It next opens on{" "}
            <Link
              className="font-medium text-foreground underline underline-offset-4"
              href={calendarHref({ clinic: clinic.id, view: "day", date: day.next.date, provider: null, cancelled: false })}
            >
              {longDay(day.next.date)}
            </Link>{" "}
            at {clock(day.next.opensAt)}.
          </p>
        ) : (
          <p className="text-muted-foreground">No opening hours are set in the coming months. An administrator can set them under Admin → Clinics.</p>
        )}
      </div>
    </div>
  );
}
