import Link from "next/link";
import { DataTable, type Column } from "@/components/lists/data-table";
import type { TimeOffClash } from "@/lib/appointments/types";

type Clash = Omit<TimeOffClash, "purchaseId"> & { providerName: string; timeOffReason: string | null };

const columns: Column<Clash>[] = [
  {
    header: "When (clinic time)",
    cellClassName: "tabular-nums",
    cell: (c) => (
      <>
        {c.dateLabel} <span className="text-muted-foreground">{c.timeLabel}</span>
      </>
    ),
  },
  {
    header: "Patient",
    cell: (c) => (
      <Link className="font-medium underline-offset-4 hover:underline" href={`/patients/${c.patientId}`}>
        {c.patientName}
      </Link>
    ),
  },
  { header: "Service", cell: (c) => c.serviceName },
  {
    header: "Provider",
    cell: (c) => (
      <>
        {c.providerName}
        <span className="block text-xs text-muted-foreground">Away{c.timeOffReason ? `: ${c.timeOffReason}` : ""}</span>
      </>
    ),
  },
  { header: "Clinic", cell: (c) => c.clinicName },
];

/** Booked appointments whose provider is now away, each linking to the patient's page where they can be re-planned. */
export function TimeOffClashesTable({ clashes, caption, showProvider = true }: { clashes: Clash[]; caption: string; showProvider?: boolean }) {
  return (
    <DataTable rows={clashes} columns={columns} rowKey={(c) => c.appointmentId} caption={caption} hide={showProvider ? [] : ["Provider"]} />
  );
}
