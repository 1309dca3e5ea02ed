import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { AppointmentStatusBadge } from "@/components/appointments/status-badge";
import { ServiceLabel } from "@/components/appointments/service-label";
import type { PatientAppointmentRow as Row } from "@/lib/appointments/types";
import { formats, type HourCycle } from "@/lib/format";
import { AppointmentRowActions } from "./appointment-row-actions";

/** A patient's appointments with what staff can do about each now (check in, complete, cancel, no-show, reschedule). */
export function PatientAppointmentTable({
  rows,
  patientName,
  caption,
  empty,
  hourCycle,
}: {
  rows: Row[];
  patientName: string;
  caption: string;
  empty: string;
  /** The reader's 12 h / 24 h choice (null: each clinic's locale decides). */
  hourCycle?: HourCycle | null;
}) {
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">{empty}</p>;
  const withActions = rows.some((r) => r.actions !== null);
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
          {withActions && <TableHead>Actions</TableHead>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((a) => (
          <TableRow key={a.id}>
            <TableCell className="tabular-nums">
              {formats({ ...a.clinic, hourCycle }).dateTime(a.startsAt)} <span className="text-muted-foreground">{formats(a.clinic).zone(a.startsAt)}</span>
            </TableCell>
            <TableCell>
              <ServiceLabel service={a.service} fromPackage={a.purchaseId !== null} />
            </TableCell>
            <TableCell>{a.provider.name}</TableCell>
            <TableCell>{a.clinic.name}</TableCell>
            <TableCell>
              <AppointmentStatusBadge status={a.status} />
            </TableCell>
            {withActions && (
              <TableCell className="py-2">
                {a.actions && (
                  <div className="min-w-[19.5rem]">
                    <AppointmentRowActions
                      actions={a.actions}
                      appointment={{
                        id: a.id,
                        patientName,
                        serviceName: a.service.name,
                        providerName: a.provider.name,
                        providerId: a.provider.id,
                        clinicName: a.clinic.name,
                        timeZone: a.clinic.timeZone,
                        locale: a.clinic.locale,
                        startsAt: a.startsAt.toISOString(),
                        endsAt: a.endsAt.toISOString(),
                        status: a.status,
                        packageName: a.packageName,
                      }}
                    />
                  </div>
                )}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
