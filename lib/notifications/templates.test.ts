import { renderMessage } from "./templates";
import type { MessageContext, MessageKind } from "./types";

const session = (id: string, iso: string, status: "SCHEDULED" | "CANCELLED" = "SCHEDULED") => ({
  appointmentId: id,
  startsAt: new Date(iso),
  endsAt: new Date(new Date(iso).getTime() + 45 * 60_000),
  updatedAt: new Date("2030-01-07T08:00:00Z"),
  status,
  serviceName: "Physiotherapy",
  providerName: "Dr Lee",
  clinicName: "London <Central>",
  clinicAddress: "1 High St, London",
  timeZone: "Europe/London",
});

const ctx = (kind: MessageKind, over: Partial<MessageContext> = {}): MessageContext => ({
  kind,
  patient: { firstName: "Anna", lastName: "Smith", email: "anna@example.test" },
  clinic: { name: "London <Central>", address: "1 High St, London", phone: "020 1234", timeZone: "Europe/London", locale: "en-GB", senderName: null, replyTo: null },
  packageName: "Physio 6",
  sessions: [session("a1", "2030-03-30T10:00:00Z"), session("a2", "2030-04-02T09:00:00Z"), session("a3", "2030-04-04T09:00:00Z", "CANCELLED")],
  unsubscribeUrl: "http://cadence.test/unsubscribe/tok",
  fromAddress: "clinic@example.test",
  now: new Date("2030-01-07T08:00:00Z"),
  ...over,
});

describe("message templates", () => {
  test("course confirmation: every booked session in local time (GMT, then BST), escaped HTML, text part, .ics REQUEST", () => {
    const m = renderMessage(ctx("COURSE_CONFIRMATION"));
    expect(m.subject).toBe("Booked: your 2 Physio 6 sessions at London <Central>");
    expect(m.text).toContain("Saturday, 30 March 2030 at 10:00 GMT: Physiotherapy with Dr Lee at London <Central>, 1 High St, London");
    expect(m.text).toContain("Tuesday, 2 April 2030 at 10:00 BST");
    expect(m.text).not.toContain("4 April");
    expect(m.text).toContain("To stop these e-mails: http://cadence.test/unsubscribe/tok");
    expect(m.html).toContain('<html lang="en-GB">');
    expect(m.html).toContain("London &lt;Central&gt;");
    expect(m.html).not.toContain("<Central>");
    expect(m.html).toContain('<a href="http://cadence.test/unsubscribe/tok">');
    expect(m.ics?.method).toBe("REQUEST");
    expect(m.ics?.content.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(m.ics?.content).toContain("METHOD:REQUEST\r\n");
    expect(m.ics?.content).toContain("ORGANIZER;CN=\"London <Central>\":mailto:clinic@example.test\r\n");
    expect(m.ics?.content).toMatch(/SEQUENCE:\d+\r\n/);
  });
  test("the clinic's locale formats the times", () => {
    const m = renderMessage(ctx("APPOINTMENT_CONFIRMATION", { clinic: { ...ctx("APPOINTMENT_CONFIRMATION").clinic, locale: "de-DE" } }));
    expect(m.subject).toContain("Samstag, 30. März 2030");
  });
  test("cancellation carries METHOD:CANCEL and STATUS:CANCELLED; a reminder says so and has no attachment", () => {
    const cancelled = renderMessage(ctx("APPOINTMENT_CANCELLED", { sessions: [session("a1", "2030-03-30T10:00:00Z", "CANCELLED")] }));
    expect(cancelled.subject).toMatch(/^Cancelled: Physiotherapy on /);
    expect(cancelled.ics?.content).toContain("METHOD:CANCEL\r\n");
    expect(cancelled.ics?.content).toContain("STATUS:CANCELLED\r\n");
    const reminder = renderMessage(ctx("APPOINTMENT_REMINDER"));
    expect(reminder.subject).toMatch(/^Reminder: Physiotherapy on Saturday, 30 March 2030 at 10:00 GMT$/);
    expect(reminder.ics).toBeNull();
    expect(renderMessage(ctx("APPOINTMENT_RESCHEDULED")).subject).toMatch(/^Moved: Physiotherapy is now on /);
  });
});
