import { AlertTriangle, CalendarArrowDown } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter } from "@/components/ui/card";
import { CourseCardHeader, SessionsPerService } from "./course-card-parts";
import { ReplanButton } from "@/components/purchases/replan-context";
import { PurchaseAdminActions } from "@/components/purchases/purchase-admin-actions";
import { formats, type HourCycle } from "@/lib/format";
import { daysUntil, EXPIRY_WARNING_DAYS, remainingOf, type LedgerLine } from "@/lib/packages/ledger";
import { CourseTimeline, type TimelineSession } from "./course-timeline";
import { effectiveStatus, isOpen, type PurchaseStatus } from "./course-state";

type Purchase = {
  id: string;
  packageName: string;
  status: PurchaseStatus;
  purchasedAt: Date;
  expiresAt: Date;
  pricePaidMinor: number;
  /** ISO 4217 of pricePaidMinor. */
  currency: string;
  /** The zone the purchase's dates are read in; its last usable day (YYYY-MM-DD) and the earliest an extension may pick. */
  timeZone: string;
  lastDay: string;
  minNewLastDay: string;
  items: (LedgerLine & { id: string; service: { name: string } })[];
  sessions: TimelineSession[];
  /** Booked sessions of this course that their provider's time off now overlaps. */
  clashes: { appointmentId: string; providerName: string; serviceName: string; dateLabel: string; timeLabel: string; checkedIn: boolean }[];
};

const STATUS: Record<PurchaseStatus, { label: string; variant: "success" | "secondary" | "outline" | "destructive" }> = {
  ACTIVE: { label: "Active", variant: "success" },
  COMPLETED: { label: "Completed", variant: "secondary" },
  EXPIRED: { label: "Expired", variant: "outline" },
  CANCELLED: { label: "Cancelled", variant: "destructive" },
};

function clashTitle(clashes: Purchase["clashes"]): string {
  const n = clashes.length;
  const providers = [...new Set(clashes.map((c) => c.providerName))];
  const whose = providers.length === 1 ? `${providers[0]}’s` : "their providers’";
  return `${n} upcoming session${n === 1 ? "" : "s"} ${n === 1 ? "falls" : "fall"} in ${whose} time off`;
}

/**
 * A purchase on the patient's page: its ledger per service, the course's sessions in time order, and what can be
 * done with it (calendar file, re-plan, and for admins extend or cancel). Purchase dates are read in the
 * purchase's zone, each session's time in its clinic's.
 */
export function PurchaseLedgerCard({
  purchase,
  patientId,
  now,
  isAdmin,
  format = {},
}: {
  purchase: Purchase;
  patientId: string;
  now: Date;
  isAdmin: boolean;
  /** The desk's locale and the reader's hour cycle (lib/format.ts). */
  format?: { locale?: string; hourCycle?: HourCycle | null };
}) {
  const status = effectiveStatus(purchase, now);
  const badge = STATUS[status];
  const days = daysUntil(purchase.expiresAt, now);
  const expiringSoon = status === "ACTIVE" && days <= EXPIRY_WARNING_DAYS;
  const { timeZone } = purchase;
  // Expiry is the local midnight after the last usable day.
  const f = formats({ timeZone, locale: format.locale });
  const lastDayLabel = f.date(new Date(purchase.expiresAt.getTime() - 1));
  const unbooked = purchase.items.reduce((n, i) => n + remainingOf(i), 0);
  // What cancelling the package would cancel: sessions still to start (one in progress keeps its outcome).
  const upcoming = purchase.sessions.filter((s) => isOpen(s.status) && s.startsAt.getTime() >= now.getTime());
  const active = status === "ACTIVE";
  const titleId = `purchase-${purchase.id}-title`;
  const remainderWord = status === "EXPIRED" ? "lapsed" : status === "CANCELLED" ? "unused" : "left";

  return (
    <Card data-testid="purchase-card" role="region" aria-labelledby={titleId} className="gap-0">
      <CourseCardHeader titleId={titleId} title={purchase.packageName} badge={<Badge variant={badge.variant}>{badge.label}</Badge>}>
        <CardDescription>
          Assigned {f.date(purchase.purchasedAt)} · {f.money(purchase.pricePaidMinor, purchase.currency)} · last day {lastDayLabel}
        </CardDescription>
        {expiringSoon && (
          <p className="flex items-center gap-1.5 text-sm font-medium text-warning">
            <AlertTriangle aria-hidden className="h-4 w-4" />
            {days <= 1 ? "Expires at the end of today" : `Expires in ${days} days`}
          </p>
        )}
      </CourseCardHeader>
      <CardContent className="grid gap-4">
        {purchase.clashes.length > 0 && (
          <Alert variant="warning">
            <AlertTriangle aria-hidden />
            <AlertTitle className="line-clamp-none">{clashTitle(purchase.clashes)}</AlertTitle>
            <AlertDescription>
              <ul className="text-foreground/80">
                {purchase.clashes.map((c) => (
                  <li key={c.appointmentId}>
                    {c.dateLabel}, {c.timeLabel} · {c.serviceName}
                  </li>
                ))}
              </ul>
              {active && purchase.clashes.some((c) => !c.checkedIn) && (
                <div className="mt-1">
                  <ReplanButton purchaseId={purchase.id} moveAppointmentIds={purchase.clashes.filter((c) => !c.checkedIn).map((c) => c.appointmentId)}>
                    Re-plan affected sessions
                  </ReplanButton>
                </div>
              )}
            </AlertDescription>
          </Alert>
        )}
        <SessionsPerService
          packageName={purchase.packageName}
          items={purchase.items.map((item) => ({
            id: item.id,
            serviceName: item.service.name,
            remaining: remainingOf(item),
            total: item.sessionsTotal,
            detail: [item.booked > 0 && ` · ${item.booked} booked`, item.completed > 0 && ` · ${item.completed} done`, item.forfeited > 0 && ` · ${item.forfeited} forfeited`]
              .filter(Boolean)
              .join(""),
          }))}
          word={remainderWord}
        />
        <div className="grid gap-1.5 border-t pt-3">
          <h4 className="text-xs font-semibold uppercase tracking-wide text-muted-foreground">Course</h4>
          <CourseTimeline
            packageName={purchase.packageName}
            sessions={purchase.sessions}
            unbooked={{ count: unbooked, kind: status === "EXPIRED" ? "lapsed" : status === "CANCELLED" ? "unused" : "to-book" }}
            inTimeOff={new Set(purchase.clashes.map((c) => c.appointmentId))}
            now={now}
            hourCycle={format.hourCycle}
          />
          {purchase.sessions.length === 0 && unbooked === 0 && <p className="text-sm text-muted-foreground">No sessions.</p>}
        </div>
      </CardContent>
      {(upcoming.length > 0 || (active && unbooked > 0) || (isAdmin && (status === "ACTIVE" || status === "EXPIRED"))) && (
        <CardFooter className="flex flex-wrap items-center gap-2 border-t pt-4">
          {upcoming.length > 0 && (
            <Button asChild size="sm" variant="outline">
              <a href={`/patients/${encodeURIComponent(patientId)}/courses/${encodeURIComponent(purchase.id)}/calendar.ics`} download>
                <CalendarArrowDown aria-hidden />
                Add to calendar (.ics)
              </a>
            </Button>
          )}
          {active && unbooked > 0 && <ReplanButton purchaseId={purchase.id}>Re-plan the rest</ReplanButton>}
          {isAdmin && (status === "ACTIVE" || status === "EXPIRED") && (
            <div className="ml-auto flex flex-wrap gap-1">
              <PurchaseAdminActions
                purchase={{
                  id: purchase.id,
                  packageName: purchase.packageName,
                  lastDayLabel,
                  minNewLastDay: purchase.minNewLastDay,
                  upcomingCount: upcoming.length,
                }}
              />
            </div>
          )}
        </CardFooter>
      )}
    </Card>
  );
}
