import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription } from "@/components/ui/card";
import { CourseCardHeader, SessionsPerService } from "./course-card-parts";
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
      <CourseCardHeader titleId={titleId} title={course.packageName} badge={<Badge variant="outline">{STATUS_LABEL[status]}</Badge>}>
        <CardDescription>
          Managed at {course.clinicNames.join(", ")} · last day {formatDate(new Date(course.expiresAt.getTime() - 1), course.timeZone)}
        </CardDescription>
      </CourseCardHeader>
      <CardContent>
        <SessionsPerService
          packageName={course.packageName}
          items={course.items.map((item) => ({ id: item.id, serviceName: item.serviceName, remaining: item.remaining, total: item.sessionsTotal }))}
          word={word}
        />
      </CardContent>
    </Card>
  );
}
