import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

type Clash = {
  appointmentId: string;
  patientId: string;
  patientName: string;
  serviceName: string;
  clinicName: string;
  providerName: string;
  timeOffReason: string | null;
  dateLabel: string;
  timeLabel: string;
};

/** Booked appointments whose provider is now away, each linking to the patient's page where they can be re-planned. */
export function TimeOffClashesTable({ clashes, caption, showProvider = true }: { clashes: Clash[]; caption: string; showProvider?: boolean }) {
  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <TableHeader>
        <TableRow>
          <TableHead>When (clinic time)</TableHead>
          <TableHead>Patient</TableHead>
          <TableHead>Service</TableHead>
          {showProvider && <TableHead>Provider</TableHead>}
          <TableHead>Clinic</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {clashes.map((c) => (
          <TableRow key={c.appointmentId}>
            <TableCell className="tabular-nums">
              {c.dateLabel} <span className="text-muted-foreground">{c.timeLabel}</span>
            </TableCell>
            <TableCell>
              <Link className="font-medium underline-offset-4 hover:underline" href={`/patients/${c.patientId}`}>
                {c.patientName}
              </Link>
            </TableCell>
            <TableCell>{c.serviceName}</TableCell>
            {showProvider && (
              <TableCell>
                {c.providerName}
                <span className="block text-xs text-muted-foreground">Away{c.timeOffReason ? `: ${c.timeOffReason}` : ""}</span>
              </TableCell>
            )}
            <TableCell>{c.clinicName}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
