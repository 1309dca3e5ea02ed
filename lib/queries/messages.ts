import "server-only";
import type { Db } from "@/lib/database/client";
import type { MessageKind, MessageStatus } from "@/lib/notifications/types";

const PAGE_SIZE = 50;

export type MessageListRow = {
  id: string;
  kind: MessageKind;
  status: MessageStatus;
  transport: string | null;
  subject: string | null;
  lastError: string | null;
  suppressedReason: string | null;
  attempts: number;
  sendAt: Date;
  sentAt: Date | null;
  createdAt: Date;
  hasAttachment: boolean;
  patient: { id: string; firstName: string; lastName: string };
  clinic: { name: string; timeZone: string };
};

const listSelect = {
  id: true,
  kind: true,
  status: true,
  transport: true,
  subject: true,
  lastError: true,
  suppressedReason: true,
  attempts: true,
  sendAt: true,
  sentAt: true,
  createdAt: true,
  icsFileName: true,
  patient: { select: { id: true, firstName: true, lastName: true } },
  clinic: { select: { name: true, timeZone: true } },
} as const;

function toRow({ icsFileName, ...m }: { icsFileName: string | null } & Omit<MessageListRow, "hasAttachment">): MessageListRow {
  return { ...m, hasAttachment: icsFileName !== null };
}

/** Admins' outbox: newest first, one page (bounded). */
export async function listMessages(prisma: Db, input: { page: number; status?: MessageStatus }): Promise<{ rows: MessageListRow[]; hasMore: boolean }> {
  const page = Math.min(Math.max(1, Math.floor(input.page) || 1), 1000);
  const rows = await prisma.message.findMany({
    where: input.status ? { status: input.status } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE + 1,
    select: listSelect,
  });
  return { rows: rows.slice(0, PAGE_SIZE).map(toRow), hasMore: rows.length > PAGE_SIZE };
}

/** A patient's messages at the user's clinics (the patient page), newest first. */
export async function patientMessages(prisma: Db, patientId: string, clinicIds: readonly string[]): Promise<MessageListRow[]> {
  const rows = await prisma.message.findMany({
    where: { patientId, clinicId: { in: [...clinicIds] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 30,
    select: listSelect,
  });
  return rows.map(toRow);
}

export async function getMessage(prisma: Db, id: string) {
  return prisma.message.findUnique({
    where: { id },
    select: { ...listSelect, recipient: true, textBody: true, htmlBody: true, icsFile: true, icsFileName: true, appointmentId: true, batchId: true, purchaseId: true, dedupeKey: true },
  });
}

/** Whether messages leave the machine (SMTP_URL set) or stay in the local outbox. */
export function smtpConfigured(): boolean {
  return Boolean(process.env.SMTP_URL?.trim());
}
