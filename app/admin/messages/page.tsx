import { Suspense } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/db";
import { requireAdmin } from "@/lib/session";
import { listMessages, smtpConfigured } from "@/lib/queries/messages";
import { PageHeader } from "@/components/shell/page-header";
import { MessageTable } from "@/components/messages/message-table";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { MessagesLoading } from "@/components/loading/section-loading";
import { LinkPendingMark } from "@/components/navigation/link-pending-mark";

export const metadata: Metadata = { title: "Messages · Admin" };
export const dynamic = "force-dynamic";

const STATUSES = ["QUEUED", "SENT", "FAILED", "SUPPRESSED"] as const;

type Status = (typeof STATUSES)[number];

const href = (p: number, status?: Status) => `/admin/messages?${new URLSearchParams({ ...(status ? { status } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;

export default async function AdminMessagesPage({ searchParams }: { searchParams: Promise<{ page?: string; status?: string }> }) {
  await requireAdmin("/admin/messages");
  const params = await searchParams;
  const page = Math.max(1, Number(params.page) || 1);
  const status = STATUSES.find((s) => s === params.status);
  const local = !smtpConfigured();
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
        <Link href={href(1, undefined)} aria-current={!status ? "page" : undefined} className={linkClass(!status)}>
          All
          <LinkPendingMark />
        </Link>
        {STATUSES.map((s) => (
          <Link key={s} href={href(1, s)} aria-current={status === s ? "page" : undefined} className={linkClass(status === s)}>
            {s.toLowerCase()}
            <LinkPendingMark />
          </Link>
        ))}
      </nav>
      {/* The filters stay; each status or page shows the table's skeleton while it loads. */}
      <Suspense key={href(page, status)} fallback={<MessagesLoading />}>
        <MessagePage page={page} status={status} />
      </Suspense>
    </>
  );
}

function linkClass(current: boolean): string {
  return `inline-flex items-center gap-1 ${current ? "font-semibold" : "underline"}`;
}

async function MessagePage({ page, status }: { page: number; status: Status | undefined }) {
  const { rows, hasMore } = await listMessages(prisma, { page, status });
  return (
    <>
      <MessageTable rows={rows} caption="Messages" showPatient admin empty="No messages yet." />
      <div className="mt-4 flex gap-4 text-sm">
        {page > 1 && (
          <Link href={href(page - 1, status)} className={linkClass(false)}>
            Newer
            <LinkPendingMark />
          </Link>
        )}
        {hasMore && (
          <Link href={href(page + 1, status)} className={linkClass(false)}>
            Older
            <LinkPendingMark />
          </Link>
        )}
      </div>
    </>
  );
}
