import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/db";
import { requireAdmin } from "@/lib/session";
import { listMessages, smtpConfigured } from "@/lib/queries/messages";
import { PageHeader } from "@/components/shell/page-header";
import { MessageTable } from "@/components/messages/message-table";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Messages · Admin" };
export const dynamic = "force-dynamic";

const STATUSES = ["QUEUED", "SENT", "FAILED", "SUPPRESSED"] as const;

export default async function AdminMessagesPage({ searchParams }: { searchParams: Promise<{ page?: string; status?: string }> }) {
  await requireAdmin("/admin/messages");
  const params = await searchParams;
  const page = Math.max(1, Number(params.page) || 1);
  const status = STATUSES.find((s) => s === params.status);
  const { rows, hasMore } = await listMessages(prisma, { page, status });
  const local = !smtpConfigured();
  const href = (p: number, st = status) => `/admin/messages?${new URLSearchParams({ ...(st ? { status: st } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  return (
    <>
      <PageHeader
        title="Messages"
        description="Patient e-mails: confirmations, changes, reminders."
        actions={
          <Link className="text-sm underline underline-offset-4" href="/admin/messages/preview">
            Preview templates
          </Link>
        }
      />
      {local && (
        <Alert className="mb-4">
          <AlertTitle>Not sent: no SMTP configured</AlertTitle>
          <AlertDescription>
            Without SMTP_URL, messages are kept in this local outbox and never leave the server. Set SMTP_URL to deliver them.
          </AlertDescription>
        </Alert>
      )}
      <nav aria-label="Filter by status" className="mb-4 flex flex-wrap gap-3 text-sm">
        <Link href={href(1, undefined)} aria-current={!status ? "page" : undefined} className={!status ? "font-semibold" : "underline"}>
          All
        </Link>
        {STATUSES.map((s) => (
          <Link key={s} href={href(1, s)} aria-current={status === s ? "page" : undefined} className={status === s ? "font-semibold" : "underline"}>
            {s.toLowerCase()}
          </Link>
        ))}
      </nav>
      <MessageTable rows={rows} caption="Messages" showPatient admin empty="No messages yet." />
      <div className="mt-4 flex gap-4 text-sm">
        {page > 1 && <Link href={href(page - 1)}>Newer</Link>}
        {hasMore && <Link href={href(page + 1)}>Older</Link>}
      </div>
    </>
  );
}
