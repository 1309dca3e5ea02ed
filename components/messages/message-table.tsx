import Link from "next/link";
import { DataTable, type Column } from "@/components/lists/data-table";
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
  const columns: Column<MessageRowView>[] = [
    {
      header: "Message",
      cell: (m) => (
        <>
          {admin ? (
            <Link className="font-medium underline-offset-4 hover:underline" href={`/admin/messages/${m.id}`}>
              {KIND_LABELS[m.kind] ?? m.kind}
            </Link>
          ) : (
            <span className="font-medium">{KIND_LABELS[m.kind] ?? m.kind}</span>
          )}
          {m.subject && <div className="text-xs text-muted-foreground">{m.subject}</div>}
          {m.hasAttachment && <div className="text-xs text-muted-foreground">with calendar file (.ics)</div>}
        </>
      ),
    },
    {
      header: "Patient",
      cell: (m) => (
        <Link className="underline-offset-4 hover:underline" href={`/patients/${m.patient.id}`}>
          {fullName(m.patient)}
        </Link>
      ),
    },
    { header: "Clinic", cell: (m) => m.clinic.name },
    { header: "Due", cellClassName: "whitespace-nowrap", cell: (m) => formatDateTime(m.sentAt ?? m.sendAt, m.clinic.timeZone) },
    { header: "Status", cell: (m) => <MessageStatus m={m} /> },
  ];
  return <DataTable rows={rows} columns={columns} rowKey={(m) => m.id} caption={caption} hide={showPatient ? [] : ["Patient"]} />;
}
