import { Ban, CheckCircle2, Circle, CircleDot, CircleHelp, Undo2, UserX } from "lucide-react";
import { cn } from "@/lib/utils";
import { formats, type HourCycle } from "@/lib/format";
import type { CourseSession } from "@/lib/appointments/types";
import { sessionState, sessionStateLabel, type SessionState } from "./course-state";

export type TimelineSession = CourseSession;

const LOOK: Record<SessionState, { icon: React.ComponentType<{ className?: string; "aria-hidden"?: boolean }>; tone: string; row?: string }> = {
  done: { icon: CheckCircle2, tone: "text-success" },
  upcoming: { icon: Circle, tone: "text-primary" },
  "checked-in": { icon: CircleDot, tone: "text-primary" },
  unrecorded: { icon: CircleHelp, tone: "text-warning" },
  cancelled: { icon: Undo2, tone: "text-muted-foreground", row: "text-muted-foreground" },
  "no-show": { icon: UserX, tone: "text-muted-foreground", row: "text-muted-foreground" },
  forfeited: { icon: Ban, tone: "text-destructive", row: "text-muted-foreground" },
};

/**
 * A course's sessions in time order, each with what it meant for the package; then what is not booked yet (or
 * lapsed, or unused). Times are in each session's clinic zone.
 */
export function CourseTimeline({
  packageName,
  sessions,
  unbooked,
  inTimeOff,
  now,
  hourCycle,
}: {
  /** The reader's 12 h / 24 h choice (null: the clinic's locale decides). */
  hourCycle?: HourCycle | null;
  packageName: string;
  sessions: TimelineSession[];
  /** Sessions never booked, and what they are now: still to book, lost to expiry, or unused after a cancellation. */
  unbooked: { count: number; kind: "to-book" | "lapsed" | "unused" };
  /** Booked sessions their provider's time off now overlaps. */
  inTimeOff?: ReadonlySet<string>;
  now: Date;
}) {
  if (sessions.length === 0 && unbooked.count === 0) return null;
  return (
    <ol aria-label={`Sessions of ${packageName}`} className="grid gap-0.5 text-sm">
      {sessions.map((s) => {
        const state = sessionState(s, now);
        const { label, detail } = sessionStateLabel(state, s.status);
        const away = inTimeOff?.has(s.id) ?? false;
        const look = LOOK[state];
        const Icon = look.icon;
        return (
          <li key={s.id} className={cn("grid grid-cols-[1rem_1fr_auto] items-start gap-x-2.5 rounded-md px-1.5 py-1.5", look.row)}>
            <Icon aria-hidden className={cn("mt-0.5 size-4", look.tone)} />
            <span className="min-w-0">
              <span className="tabular-nums font-medium text-foreground/90">
                {formats({ ...s, hourCycle }).dateTime(s.startsAt)} <span className="font-normal text-muted-foreground">{formats(s).zone(s.startsAt)}</span>
              </span>
              <span className="block text-muted-foreground">
                {s.serviceName} · {s.providerName} · {s.clinicName}
              </span>
            </span>
            <span className={cn("whitespace-nowrap pt-px text-right text-[13px] font-medium", look.tone)}>
              {label}
              {detail && <span className="block text-xs font-normal text-muted-foreground">{detail}</span>}
              {away && <span className="block text-xs font-medium text-warning">provider away</span>}
            </span>
          </li>
        );
      })}
      {unbooked.count > 0 && (
        <li className="grid grid-cols-[1rem_1fr] items-start gap-x-2.5 px-1.5 py-1.5 text-muted-foreground">
          <Circle aria-hidden className="mt-0.5 size-4 opacity-60 [stroke-dasharray:3_3]" />
          <span>
            {unbooked.count} session{unbooked.count === 1 ? "" : "s"}{" "}
            {unbooked.kind === "to-book" ? "not booked yet" : unbooked.kind === "lapsed" ? "lapsed unbooked at expiry" : "unused"}
          </span>
        </li>
      )}
    </ol>
  );
}
