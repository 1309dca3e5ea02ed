import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { AppointmentStatusBadge } from "@/components/appointments/status-badge";
import { ServiceLabel } from "@/components/appointments/service-label";
import { formatDateTime, zoneLabel } from "@/lib/format";

type Row = {
  id: string;
  startsAt: Date;
  status: "SCHEDULED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW";
  purchaseId: string | null;
  service: { name: string; colour: string };
  provider: { name: string };
  clinic: { name: string; timeZone: string };
};

export function AppointmentTable({ rows, caption, empty }: { rows: Row[]; caption: string; empty: string }) {
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">{empty}</p>;
  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <TableHeader>
        <TableRow>
          <TableHead>When (clinic time)</TableHead>
          <TableHead>Service</TableHead>
          <TableHead>Provider</TableHead>
          <TableHead>Clinic</TableHead>
          <TableHead>Status</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((a) => (
          <TableRow key={a.id}>
            <TableCell className="tabular-nums">
              {formatDateTime(a.startsAt, a.clinic.timeZone)} <span className="text-muted-foreground">{zoneLabel(a.startsAt, a.clinic.timeZone)}</span>
            </TableCell>
            <TableCell>
              <ServiceLabel service={a.service} fromPackage={a.purchaseId !== null} />
            </TableCell>
            <TableCell>{a.provider.name}</TableCell>
            <TableCell>{a.clinic.name}</TableCell>
            <TableCell>
              <AppointmentStatusBadge status={a.status} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
