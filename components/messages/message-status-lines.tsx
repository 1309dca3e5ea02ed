import Link from "next/link";
import type { MessageStatusLine } from "@/lib/notifications/status-words";
import { cn } from "@/lib/utils";

const TONE: Record<MessageStatusLine["tone"], string> = {
  ok: "",
  waiting: "text-muted-foreground",
  problem: "text-destructive",
};

/** An appointment's messages, one line each in words; for admins each links to the message's page (Resend). */
export function MessageStatusLines({ lines, admin }: { lines: MessageStatusLine[]; admin: boolean }) {
  if (lines.length === 0) return <span className="text-muted-foreground">No e-mail for this appointment</span>;
  return (
    <ul className="space-y-1" aria-label="Messages about this appointment">
      {lines.map((m) => (
        <li key={m.id} className={cn(TONE[m.tone])}>
          {admin ? (
            <Link href={`/admin/messages/${m.id}`} className="underline decoration-dotted underline-offset-4 hover:decoration-solid">
              {m.words}
            </Link>
          ) : (
            m.words
          )}
        </li>
      ))}
    </ul>
  );
}
