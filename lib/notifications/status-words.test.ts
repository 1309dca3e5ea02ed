import { latestStatusLines, messageStatusLine, type MessageStatusFacts } from "./status-words";

const base: MessageStatusFacts = {
  id: "m1",
  kind: "APPOINTMENT_CONFIRMATION",
  status: "QUEUED",
  transport: null,
  lastError: null,
  suppressedReason: null,
  sendAt: new Date("2026-03-14T10:00:00Z"),
  sentAt: null,
};
const zone = "Europe/London";

describe("message status in words", () => {
  it("says sent with the time in the clinic's zone (BST after 29 March)", () => {
    const line = messageStatusLine({ ...base, status: "SENT", transport: "smtp", sentAt: new Date("2026-04-12T09:02:00Z") }, zone);
    expect(line).toMatchObject({ id: "m1", tone: "ok" });
    expect(line.words).toMatch(/^Booking confirmation sent .*12 Apr 2026.* 10:02$/);
  });

  it("says a locally kept message was not sent", () => {
    expect(messageStatusLine({ ...base, status: "SENT", transport: "local", sentAt: base.sendAt }, zone).words).toMatch(
      /^Booking confirmation kept in the local outbox — not sent: no SMTP configured \(.*14 Mar 2026.* 10:00\)$/,
    );
  });

  it("says when a queued message is due, and why it is being retried", () => {
    expect(messageStatusLine({ ...base, kind: "APPOINTMENT_REMINDER" }, zone).words).toMatch(/^Reminder queued for .*14 Mar 2026.* 10:00$/);
    expect(messageStatusLine({ ...base, lastError: "421 try later" }, zone).words).toMatch(/\(retrying after: 421 try later\)$/);
  });

  it("gives the reason of a failure or a suppression", () => {
    expect(messageStatusLine({ ...base, kind: "APPOINTMENT_CANCELLED", status: "FAILED", lastError: "550 mailbox unavailable" }, zone)).toMatchObject({
      tone: "problem",
      words: "Cancellation notice failed: 550 mailbox unavailable",
    });
    expect(messageStatusLine({ ...base, status: "SUPPRESSED", suppressedReason: "patient has no e-mail address" }, zone).words).toBe(
      "Booking confirmation not sent: patient has no e-mail address",
    );
  });

  it("keeps the newest message of each kind", () => {
    const lines = latestStatusLines(
      [
        { ...base, id: "new-reminder", kind: "APPOINTMENT_REMINDER" },
        { ...base, id: "confirmation", status: "SENT", transport: "smtp", sentAt: base.sendAt },
        { ...base, id: "old-reminder", kind: "APPOINTMENT_REMINDER", status: "SUPPRESSED", suppressedReason: "appointment moved inside the reminder window" },
      ],
      zone,
    );
    expect(lines.map((l) => l.id)).toEqual(["new-reminder", "confirmation"]);
  });
});
