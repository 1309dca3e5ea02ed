import { DataTable, type Column } from "@/components/lists/data-table";
import { AppointmentStatusBadge } from "@/components/appointments/status-badge";
import { ServiceLabel } from "@/components/appointments/service-label";
import type { PatientAppointmentRow as Row } from "@/lib/appointments/types";
import { formats, type HourCycle } from "@/lib/format";
import { AppointmentRowActions } from "./appointment-row-actions";

function columns(patientName: string, hourCycle: HourCycle | null | undefined): Column<Row>[] {
  return [
    {
      header: "When (clinic time)",
      cellClassName: "tabular-nums",
      cell: (a) => (
        <>
          {formats({ ...a.clinic, hourCycle }).dateTime(a.startsAt)} <span className="text-muted-foreground">{formats(a.clinic).zone(a.startsAt)}</span>
        </>
      ),
    },
    { header: "Service", cell: (a) => <ServiceLabel service={a.service} fromPackage={a.purchaseId !== null} /> },
    { header: "Provider", cell: (a) => a.provider.name },
    { header: "Clinic", cell: (a) => a.clinic.name },
    { header: "Status", cell: (a) => <AppointmentStatusBadge status={a.status} /> },
    {
      header: "Actions",
      cellClassName: "py-2",
      cell: (a) =>
        a.actions && (
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
        ),
    },
  ];
}

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
    <DataTable
      rows={rows}
      columns={columns(patientName, hourCycle)}
      rowKey={(a) => a.id}
      caption={caption}
      hide={withActions ? [] : ["Actions"]}
    />
  );
}
