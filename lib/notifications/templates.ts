import { zoneLabel } from "@/lib/format";
import { appointmentSequence, buildCalendar, icsFileName, type IcsEvent } from "@/lib/ics/calendar";
import type { MessageContext, MessageSession, RenderedMessage } from "./types";

/**
 * The patient e-mails: a subject, a plain-text part and simple, accessible HTML (one column, real headings and
 * lists, no images, no layout tables), times in the clinic's zone and locale, and the sessions as an .ics file.
 * Pure: the worker renders from fresh data, the admin preview from sample data.
 */

function when(s: Pick<MessageSession, "startsAt" | "timeZone">, locale: string): string {
  const f = new Intl.DateTimeFormat(locale, { timeZone: s.timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });
  // "EST", "BST": the project's zone label (Intl's en-GB says "GMT-5" for New York).
  return `${f.format(s.startsAt)} ${zoneLabel(s.startsAt, s.timeZone)}`;
}

function place(s: Pick<MessageSession, "clinicName" | "clinicAddress">): string {
  return s.clinicAddress ? `${s.clinicName}, ${s.clinicAddress}` : s.clinicName;
}

function line(s: MessageSession, locale: string): string {
  return `${when(s, locale)}: ${s.serviceName} with ${s.providerName} at ${place(s)}`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

type Body = { subject: string; heading: string; intro: string; sessions: MessageSession[]; outro?: string };

function compose(ctx: MessageContext): Body {
  const locale = ctx.clinic.locale;
  const active = ctx.sessions.filter((s) => s.status !== "CANCELLED");
  const first = ctx.sessions[0];
  switch (ctx.kind) {
    case "COURSE_CONFIRMATION":
      return {
        subject: `Booked: your ${active.length} ${ctx.packageName ?? "course"} sessions at ${ctx.clinic.name}`,
        heading: "Your course is booked",
        intro: `Dear ${ctx.patient.firstName}, ${ctx.clinic.name} has booked these ${active.length} sessions of ${ctx.packageName ?? "your course"} for you:`,
        sessions: active,
        outro: "The attached calendar file adds every session to your calendar.",
      };
    default:
      return oneAppointment(ONE_APPOINTMENT[ctx.kind], ctx, first, when(first, locale));
  }
}

type OneAppointmentText = {
  subject: (s: MessageSession, at: string) => string;
  heading: string;
  intro: (ctx: MessageContext, s: MessageSession) => string;
  outro?: string;
};

/** The messages about one appointment: what each says around it. */
const ONE_APPOINTMENT: Record<Exclude<MessageContext["kind"], "COURSE_CONFIRMATION">, OneAppointmentText> = {
  APPOINTMENT_CONFIRMATION: {
    subject: (s, at) => `Booked: ${s.serviceName} on ${at}`,
    heading: "Your appointment is booked",
    intro: (ctx) => `Dear ${ctx.patient.firstName}, ${ctx.clinic.name} has booked this appointment for you:`,
    outro: "The attached calendar file adds it to your calendar.",
  },
  APPOINTMENT_RESCHEDULED: {
    subject: (s, at) => `Moved: ${s.serviceName} is now on ${at}`,
    heading: "Your appointment has moved",
    intro: (ctx, s) => `Dear ${ctx.patient.firstName}, your ${s.serviceName} appointment has a new time:`,
    outro: "The attached calendar file updates the appointment in your calendar.",
  },
  APPOINTMENT_CANCELLED: {
    subject: (s, at) => `Cancelled: ${s.serviceName} on ${at}`,
    heading: "Your appointment is cancelled",
    intro: (ctx) => `Dear ${ctx.patient.firstName}, this appointment has been cancelled:`,
    outro: "The attached calendar file removes it from your calendar.",
  },
  APPOINTMENT_REMINDER: {
    subject: (s, at) => `Reminder: ${s.serviceName} on ${at}`,
    heading: "A reminder of your appointment",
    intro: (ctx) => `Dear ${ctx.patient.firstName}, this is a reminder of your appointment:`,
  },
};

function oneAppointment(text: OneAppointmentText, ctx: MessageContext, first: MessageSession, at: string): Body {
  return {
    subject: text.subject(first, at),
    heading: text.heading,
    intro: text.intro(ctx, first),
    sessions: [first],
    ...(text.outro ? { outro: text.outro } : {}),
  };
}

function contact(ctx: MessageContext): string {
  const phone = ctx.clinic.phone ? ` on ${ctx.clinic.phone}` : "";
  return `To change or cancel, please contact ${ctx.clinic.name}${phone} or reply to this e-mail.`;
}

export function renderMessage(ctx: MessageContext): RenderedMessage {
  const body = compose(ctx);
  const locale = ctx.clinic.locale;
  const items = body.sessions.map((s) => line(s, locale));
  const text = [
    body.heading,
    "",
    body.intro,
    "",
    ...items.map((i) => `- ${i}`),
    "",
    ...(body.outro ? [body.outro, ""] : []),
    contact(ctx),
    "",
    "--",
    `${ctx.clinic.name}${ctx.clinic.address ? `, ${ctx.clinic.address}` : ""}`,
    `To stop these e-mails: ${ctx.unsubscribeUrl}`,
    "",
  ].join("\n");
  const html = `<!doctype html>
<html lang="${escapeHtml(locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(body.subject)}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #111; max-width: 40em; margin: 0 auto; padding: 1em;">
<h1 style="font-size: 1.4em;">${escapeHtml(body.heading)}</h1>
<p>${escapeHtml(body.intro)}</p>
<ul>
${items.map((i) => `<li>${escapeHtml(i)}</li>`).join("\n")}
</ul>
${body.outro ? `<p>${escapeHtml(body.outro)}</p>\n` : ""}<p>${escapeHtml(contact(ctx))}</p>
<hr>
<p style="font-size: 0.9em;">${escapeHtml(ctx.clinic.name)}${ctx.clinic.address ? `, ${escapeHtml(ctx.clinic.address)}` : ""}<br>
<a href="${escapeHtml(ctx.unsubscribeUrl)}">Stop these e-mails</a></p>
</body>
</html>
`;
  return { subject: body.subject, text, html, ics: calendarOf(ctx, body.sessions) };
}

function calendarOf(ctx: MessageContext, sessions: MessageSession[]): RenderedMessage["ics"] {
  if (ctx.kind === "APPOINTMENT_REMINDER" || sessions.length === 0) return null;
  const method = ctx.kind === "APPOINTMENT_CANCELLED" ? "CANCEL" : "REQUEST";
  const events: IcsEvent[] = sessions.map((s) => ({
    // The same UID as the patient page's download, so both update one event.
    uid: `${s.appointmentId}@cadence`,
    start: s.startsAt,
    end: s.endsAt,
    summary: `${s.serviceName} — ${s.clinicName}`,
    location: place(s),
    description: `With ${s.providerName}.`,
    cancelled: method === "CANCEL",
    sequence: appointmentSequence(s.updatedAt),
  }));
  const content = buildCalendar(events, {
    now: ctx.now,
    method,
    name: ctx.packageName ?? sessions[0].serviceName,
    organizer: { name: ctx.clinic.senderName ?? ctx.clinic.name, email: ctx.fromAddress },
    attendeeEmail: ctx.patient.email,
  });
  return { fileName: icsFileName(ctx.packageName ?? sessions[0].serviceName), content, method };
}
