import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db";
import { requireAdmin } from "@/lib/session";
import { getMessage, smtpConfigured } from "@/lib/queries/messages";
import { formatDateTime, fullName } from "@/lib/format";
import { PageHeader } from "@/components/shell/page-header";
import { KIND_LABELS, MessageStatus } from "@/components/messages/message-status";
import { ResendButton } from "@/components/messages/resend-button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

export const metadata: Metadata = { title: "Message · Admin" };
export const dynamic = "force-dynamic";

export default async function AdminMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireAdmin(`/admin/messages/${encodeURIComponent(id)}`);
  const m = await getMessage(prisma, id);
  if (!m) notFound();
  const zone = m.clinic.timeZone;
  return (
    <>
      <PageHeader
        title={m.subject ?? KIND_LABELS[m.kind] ?? m.kind}
        description={<Link href="/admin/messages">← All messages</Link>}
        actions={m.status === "QUEUED" || m.status === "SENDING" ? null : <ResendButton messageId={m.id} />}
      />
      <Card className="mb-6">
        <CardContent className="pt-6">
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
            <dt className="text-muted-foreground">Kind</dt>
            <dd>{KIND_LABELS[m.kind] ?? m.kind}</dd>
            <dt className="text-muted-foreground">Status</dt>
            <dd>
              <MessageStatus m={m} />
              {m.status === "SENT" && m.transport === "local" && !smtpConfigured() && <span className="sr-only"> (not sent: no SMTP configured)</span>}
            </dd>
            <dt className="text-muted-foreground">Patient</dt>
            <dd>
              <Link className="underline" href={`/patients/${m.patient.id}`}>
                {fullName(m.patient)}
              </Link>
            </dd>
            <dt className="text-muted-foreground">To</dt>
            <dd className="break-all">{m.recipient ?? "—"}</dd>
            <dt className="text-muted-foreground">Clinic</dt>
            <dd>{m.clinic.name}</dd>
            <dt className="text-muted-foreground">Due</dt>
            <dd>{formatDateTime(m.sendAt, zone)}</dd>
            <dt className="text-muted-foreground">Sent</dt>
            <dd>{m.sentAt ? formatDateTime(m.sentAt, zone) : "—"}</dd>
            <dt className="text-muted-foreground">Attempts</dt>
            <dd>{m.attempts}</dd>
            <dt className="text-muted-foreground">Attachment</dt>
            <dd>
              {m.icsFileName ? (
                <a className="underline" href={`/admin/messages/${m.id}/attachment`} download={m.icsFileName}>
                  {m.icsFileName}
                </a>
              ) : (
                "—"
              )}
            </dd>
          </dl>
        </CardContent>
      </Card>
      {m.htmlBody && (
        <Card className="mb-6">
          <CardHeader>
            <CardTitle className="text-base">As the patient sees it</CardTitle>
          </CardHeader>
          <CardContent>
            {/* No scripts, no same-origin access: the e-mail is shown, not run. */}
            <iframe title="E-mail (HTML)" sandbox="" srcDoc={m.htmlBody} className="h-[28rem] w-full rounded border bg-white" />
          </CardContent>
        </Card>
      )}
      {m.textBody && (
        <Card className="mb-6">
          <CardHeader>
            <CardTitle className="text-base">Text part</CardTitle>
          </CardHeader>
          <CardContent>
            {/* A link (unsubscribe, signed) is one long word: it may break anywhere rather than widen the page. */}
            <pre className="whitespace-pre-wrap text-sm [overflow-wrap:anywhere]">{m.textBody}</pre>
          </CardContent>
        </Card>
      )}
      {m.icsFile && (
        <Card>
          <CardHeader>
            <CardTitle className="text-base">Calendar file</CardTitle>
          </CardHeader>
          <CardContent>
            {/* Calendar lines are kept whole (folded at 75 octets), so on a phone the box scrolls: by keyboard too. */}
            <pre tabIndex={0} role="region" aria-label="Calendar file contents" className="max-h-96 overflow-auto whitespace-pre text-xs focus-visible:outline-2 focus-visible:outline-ring">
              {m.icsFile}
            </pre>
          </CardContent>
        </Card>
      )}
    </>
  );
}
