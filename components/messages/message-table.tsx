import Link from "next/link";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime, fullName } from "@/lib/format";
import { KIND_LABELS, MessageStatus, type MessageStatusView } from "./message-status";

export type MessageRowView = MessageStatusView & {
  id: string;
  kind: string;
  subject: string | null;
  sendAt: Date;
  createdAt: Date;
  sentAt: Date | null;
  hasAttachment: boolean;
  patient: { id: string; firstName: string; lastName: string };
  clinic: { name: string; timeZone: string };
};

/** Messages as a table; `admin` links each to its page (content, attachment, resend). */
export function MessageTable({ rows, caption, showPatient, admin, empty }: { rows: MessageRowView[]; caption: string; showPatient: boolean; admin: boolean; empty: string }) {
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">{empty}</p>;
  return (
    <Table>
      <TableCaption className="sr-only">{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Message</TableHead>
          {showPatient && <TableHead>Patient</TableHead>}
          <TableHead>Clinic</TableHead>
          <TableHead>Due</TableHead>
          <TableHead>Status</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((m) => (
          <TableRow key={m.id}>
            <TableCell>
              {admin ? (
                <Link className="font-medium underline-offset-4 hover:underline" href={`/admin/messages/${m.id}`}>
                  {KIND_LABELS[m.kind] ?? m.kind}
                </Link>
              ) : (
                <span className="font-medium">{KIND_LABELS[m.kind] ?? m.kind}</span>
              )}
              {m.subject && <div className="text-xs text-muted-foreground">{m.subject}</div>}
              {m.hasAttachment && <div className="text-xs text-muted-foreground">with calendar file (.ics)</div>}
            </TableCell>
            {showPatient && (
              <TableCell>
                <Link className="underline-offset-4 hover:underline" href={`/patients/${m.patient.id}`}>
                  {fullName(m.patient)}
                </Link>
              </TableCell>
            )}
            <TableCell>{m.clinic.name}</TableCell>
            <TableCell className="whitespace-nowrap">{formatDateTime(m.sentAt ?? m.sendAt, m.clinic.timeZone)}</TableCell>
            <TableCell>
              <MessageStatus m={m} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
