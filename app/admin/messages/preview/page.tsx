import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/db";
import { requireAdmin } from "@/lib/session";
import { notificationConfig } from "@/lib/notifications/config";
import { MESSAGE_KINDS, sampleContext } from "@/lib/notifications/sample";
import { renderMessage } from "@/lib/notifications/templates";
import { PageHeader } from "@/components/shell/page-header";
import { KIND_LABELS } from "@/components/messages/message-status";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

export const metadata: Metadata = { title: "Message templates · Admin" };
export const dynamic = "force-dynamic";

/** Each template rendered with sample data and a clinic's real settings (zone, locale, sender). */
export default async function MessagePreviewPage({ searchParams }: { searchParams: Promise<{ kind?: string; clinic?: string }> }) {
  await requireAdmin("/admin/messages/preview");
  const params = await searchParams;
  const kind = MESSAGE_KINDS.find((k) => k === params.kind) ?? "COURSE_CONFIRMATION";
  const clinics = await prisma.clinic.findMany({ orderBy: { name: "asc" }, take: 100, select: { id: true, name: true, address: true, phone: true, timeZone: true, locale: true, emailSenderName: true, emailReplyTo: true } });
  const chosen = clinics.find((c) => c.id === params.clinic) ?? clinics[0];
  const clinic = chosen
    ? { name: chosen.name, address: chosen.address, phone: chosen.phone, timeZone: chosen.timeZone, locale: chosen.locale, senderName: chosen.emailSenderName, replyTo: chosen.emailReplyTo }
    : { name: "Sample Clinic", address: "1 Example Street", phone: null, timeZone: "Europe/London", locale: "en-GB", senderName: null, replyTo: null };
  const config = notificationConfig();
  const m = renderMessage(sampleContext(kind, clinic, new Date(), config.from));
  const href = (k: string, c = chosen?.id) => `/admin/messages/preview?${new URLSearchParams({ kind: k, ...(c ? { clinic: c } : {}) })}`;
  return (
    <>
      <PageHeader title="Message templates" description={<Link href="/admin/messages">← Messages</Link>} />
      <nav aria-label="Templates" className="mb-3 flex flex-wrap gap-3 text-sm">
        {MESSAGE_KINDS.map((k) => (
          <Link key={k} href={href(k)} aria-current={k === kind ? "page" : undefined} className={k === kind ? "font-semibold" : "underline"}>
            {KIND_LABELS[k]}
          </Link>
        ))}
      </nav>
      {clinics.length > 1 && (
        <nav aria-label="Clinic" className="mb-4 flex flex-wrap gap-3 text-sm">
          {clinics.map((c) => (
            <Link key={c.id} href={href(kind, c.id)} aria-current={c.id === chosen?.id ? "page" : undefined} className={c.id === chosen?.id ? "font-semibold" : "underline"}>
              {c.name}
            </Link>
          ))}
        </nav>
      )}
      <Card className="mb-6">
        <CardHeader>
          <CardTitle className="text-base">Subject: {m.subject}</CardTitle>
        </CardHeader>
        <CardContent>
          <p className="mb-2 text-sm text-muted-foreground">
            From: {clinic.senderName ?? clinic.name} &lt;{config.from}&gt;{clinic.replyTo ? ` · Reply-To: ${clinic.replyTo}` : ""}
            {m.ics ? ` · Attachment: ${m.ics.fileName}` : ""}
          </p>
          <iframe title="E-mail preview (HTML)" sandbox="" srcDoc={m.html} className="h-[28rem] w-full rounded border bg-white" />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle className="text-base">Text part</CardTitle>
        </CardHeader>
        <CardContent>
          <pre className="whitespace-pre-wrap text-sm [overflow-wrap:anywhere]">{m.text}</pre>
        </CardContent>
      </Card>
    </>
  );
}
