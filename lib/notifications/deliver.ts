import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import type { NotificationConfig } from "./config";
import type { RenderedMessage } from "./types";

export type Outgoing = {
  messageId: string;
  to: string;
  fromName: string;
  replyTo: string | null;
  unsubscribeUrl: string;
  rendered: RenderedMessage;
};

export type Delivery = { transport: "smtp" | "local"; smtpMessageId: string };

let cached: { url: string; transporter: Transporter } | undefined;

/** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465 (TLS), with timeouts so a dead server fails. */
function transporterFor(url: string): Transporter {
  if (cached?.url === url) return cached.transporter;
  const u = new URL(url);
  if (u.protocol !== "smtp:" && u.protocol !== "smtps:") throw new Error("SMTP_URL must start with smtp:// or smtps://");
  const secure = u.protocol === "smtps:";
  const transporter = nodemailer.createTransport({
    host: u.hostname,
    port: Number(u.port) || (secure ? 465 : 587),
    secure,
    ...(u.username ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  cached = { url, transporter };
  return transporter;
}

/**
 * The Message-ID is derived from the outbox id, so a message re-sent after a crash between the server's accept and
 * the database's commit carries the same id and receiving systems can drop the duplicate.
 */
export function smtpMessageId(messageId: string, from: string): string {
  const domain = from.split("@")[1] || "cadence.invalid";
  return `<${messageId}@${domain}>`;
}

/**
 * Sends through SMTP when SMTP_URL is set. Without it nothing leaves the machine: the rendered message stays in the
 * local outbox (the messages table), which admins read at /admin/messages.
 */
export async function deliver(config: NotificationConfig, out: Outgoing): Promise<Delivery> {
  const id = smtpMessageId(out.messageId, config.from);
  if (!config.smtpUrl) return { transport: "local", smtpMessageId: id };
  await transporterFor(config.smtpUrl).sendMail({
    messageId: id,
    from: { name: out.fromName, address: config.from },
    to: out.to,
    ...(out.replyTo ? { replyTo: out.replyTo } : {}),
    subject: out.rendered.subject,
    text: out.rendered.text,
    html: out.rendered.html,
    headers: { "List-Unsubscribe": `<${out.unsubscribeUrl}>` },
    ...(out.rendered.ics
      ? {
          // Both as an attachment (every client shows it) and as the text/calendar part (calendars act on it).
          icalEvent: { method: out.rendered.ics.method, content: out.rendered.ics.content },
          attachments: [{ filename: out.rendered.ics.fileName, content: out.rendered.ics.content, contentType: "text/calendar; charset=utf-8" }],
        }
      : {}),
  });
  return { transport: "smtp", smtpMessageId: id };
}
