import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import { effectiveStatus, type PurchaseStatus } from "./course-state";

type Course = {
  id: string;
  packageName: string;
  status: PurchaseStatus;
  expiresAt: Date;
  timeZone: string;
  clinicNames: string[];
  items: { id: string; serviceName: string; sessionsTotal: number; remaining: number }[];
};

const STATUS_LABEL: Record<PurchaseStatus, string> = { ACTIVE: "Active", COMPLETED: "Completed", EXPIRED: "Expired", CANCELLED: "Cancelled" };

/**
 * A course of a clinic the user does not belong to: what is left and until when, so the desk can answer the
 * patient, but no sessions, no calendar file and no actions — that clinic manages it.
 */
export function OtherClinicCourseCard({ course, now }: { course: Course; now: Date }) {
  const status = effectiveStatus(course, now);
  const titleId = `other-course-${course.id}-title`;
  const word = status === "EXPIRED" ? "lapsed" : status === "CANCELLED" ? "unused" : "left";
  return (
    <Card data-testid="other-clinic-course" role="region" aria-labelledby={titleId} className="gap-0 bg-muted/30">
      <CardHeader className="pb-3">
        <div className="flex items-start justify-between gap-2">
          <CardTitle className="text-base">
            <h3 id={titleId}>{course.packageName}</h3>
          </CardTitle>
          <Badge variant="outline">{STATUS_LABEL[status]}</Badge>
        </div>
        <CardDescription>
          Managed at {course.clinicNames.join(", ")} · last day {formatDate(new Date(course.expiresAt.getTime() - 1), course.timeZone)}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ul aria-label={`Sessions per service of ${course.packageName}`} className="grid gap-1.5 text-sm">
          {course.items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className="font-medium">{item.serviceName}</span>
              <span className="tabular-nums text-muted-foreground">
                <span className="font-semibold text-foreground">{item.remaining}</span> of {item.sessionsTotal} {word}
              </span>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
