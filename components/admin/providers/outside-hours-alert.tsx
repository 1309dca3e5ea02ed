import { TriangleAlert } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { OutsideHours } from "@/lib/providers/outside-hours";

/** Availability outside the clinic's opening hours is allowed but flagged: the planner will not book that time. */
export function OutsideHoursAlert({ items, showClinic = true }: { items: OutsideHours[]; showClinic?: boolean }) {
  if (items.length === 0) return null;
  return (
    <Alert variant="warning">
      <TriangleAlert aria-hidden />
      <AlertTitle>Available outside opening hours</AlertTitle>
      <AlertDescription>
        <p>Nothing can be booked in the part outside the clinic&apos;s hours.</p>
        <ul className="list-disc pl-5">
          {items.map((o) => (
            <li key={`${o.clinicId}-${o.interval}`}>
              {showClinic && `${o.clinicName}: `}
              {o.interval} <span className="text-muted-foreground">(clinic {o.clinicHours})</span>
            </li>
          ))}
        </ul>
      </AlertDescription>
    </Alert>
  );
}
