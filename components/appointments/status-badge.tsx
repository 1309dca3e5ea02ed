import { Badge } from "@/components/ui/badge";

type Status = "SCHEDULED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW";

const LABELS: Record<Status, { label: string; variant: "default" | "secondary" | "outline" | "destructive" | "success" | "warning" }> = {
  SCHEDULED: { label: "Scheduled", variant: "outline" },
  CHECKED_IN: { label: "Checked in", variant: "default" },
  COMPLETED: { label: "Completed", variant: "success" },
  CANCELLED: { label: "Cancelled", variant: "secondary" },
  NO_SHOW: { label: "No-show", variant: "destructive" },
};

export function AppointmentStatusBadge({ status }: { status: Status }) {
  const { label, variant } = LABELS[status];
  return <Badge variant={variant}>{label}</Badge>;
}
