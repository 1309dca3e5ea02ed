// Exactly-once delivery on PostgreSQL, end to end: Confirm in the booking transaction → outbox row + graphile-worker
// job → `npm run worker` processes (real child processes) → a real SMTP server started here.
import { buildBookingScenario, SCENARIO_NOW, type BookingScenario } from "@/tests/factories/booking-scenario";
import { startSmtpServer, waitFor, type TestSmtp } from "@/tests/support/smtp";
import { describeOnPostgres, useTestDatabase } from "@/tests/support/test-db";
import { startWorkerProcess, type WorkerProcess } from "@/tests/support/worker-process";
import { bookCourse } from "./support";

const db = useTestDatabase();
jest.setTimeout(120_000);

let s: BookingScenario;
let smtp: TestSmtp;
const workers: WorkerProcess[] = [];
const worker = async (env: Record<string, string> = {}) => {
  const w = await startWorkerProcess({ DATABASE_URL: db.url, SMTP_URL: smtp.url, ...env });
  workers.push(w);
  return w;
};
const settle = () => new Promise((r) => setTimeout(r, 3_000));
const sentConfirmations = () => db.prisma.message.count({ where: { kind: "COURSE_CONFIRMATION", status: "SENT" } });

beforeEach(async () => {
  smtp = await startSmtpServer();
  s = await buildBookingScenario(db.prisma);
  await db.prisma.patient.update({ where: { id: s.patient.id }, data: { email: "anna.smith@example.test" } });
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
  await smtp.close();
});

describeOnPostgres("message delivery (PostgreSQL, graphile-worker, SMTP)", () => {
  test("Confirm → exactly one confirmation, with an .ics of every session of the course", async () => {
    await worker();
    const batch = await bookCourse(db.prisma, s, s.patient.id);
    await waitFor(() => smtp.messages.length === 1, 30_000, "the confirmation");
    await settle();
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0];
    expect(mail.subject).toBe("Booked: your 6 Physio 6 sessions at London");
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : "").toBe("anna.smith@example.test");
    expect(mail.from?.value[0]).toEqual({ name: "London", address: "no-reply@cadence.invalid" });
    expect(mail.headerLines.find((h) => h.key === "list-unsubscribe")?.line.replace(/^List-Unsubscribe:\s*/i, "")).toMatch(/^<http:\/\/cadence\.test\/unsubscribe\/[\w-]+\.\d+\.[\w-]{43}>$/);
    expect(mail.text).toContain("Dear Anna");
    expect(mail.html).toContain("<h1");
    const ics = mail.attachments.find((a) => a.filename?.endsWith(".ics"));
    expect(ics).toBeDefined();
    const calendar = ics!.content.toString("utf8");
    const appointments = await db.prisma.appointment.findMany({ where: { batchId: batch.batchId }, orderBy: { startsAt: "asc" } });
    expect(appointments).toHaveLength(6);
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(6);
    expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(calendar).toContain("METHOD:REQUEST\r\n");
    for (const a of appointments) {
      expect(calendar).toContain(`UID:${a.id}@cadence\r\n`);
      expect(calendar).toContain(`DTSTART:${a.startsAt.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")}\r\n`);
    }
    const row = await db.prisma.message.findFirstOrThrow({ where: { kind: "COURSE_CONFIRMATION" } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, transport: "smtp", batchId: batch.batchId });
    expect(mail.messageId).toBe(`<${row.id}@cadence.invalid>`);
    // The reminders (none for a session within 24 h of booking) wait for their time in 2030, as scheduled jobs.
    const remindable = appointments.filter((a) => a.startsAt.getTime() - 86_400_000 > SCENARIO_NOW.getTime()).length;
    const reminders = await db.prisma.message.findMany({ where: { kind: "APPOINTMENT_REMINDER" } });
    expect(reminders.map((r) => r.status)).toEqual(Array(remindable).fill("QUEUED"));
    const jobs = await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs j JOIN messages m ON j.key = 'message:' || m.id WHERE m.kind = 'APPOINTMENT_REMINDER' AND j.run_at = m.send_at`;
    expect(Number(jobs[0].n)).toBe(remindable);
  });

  test("a Confirm that rolls back (at COMMIT, after the messages were written) sends nothing", async () => {
    await worker();
    const started = new Date();
    // Fails the transaction at its very end: a deferred constraint trigger on the outbox itself.
    await db.prisma.$executeRawUnsafe(`CREATE FUNCTION test_fail_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'rolled back at commit'; END $$`);
    await db.prisma.$executeRawUnsafe(`CREATE CONSTRAINT TRIGGER test_fail_commit AFTER INSERT ON messages DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fail_commit()`);
    try {
      await expect(bookCourse(db.prisma, s, s.patient.id)).rejects.toThrow(/rolled back at commit/);
    } finally {
      await db.prisma.$executeRawUnsafe(`DROP TRIGGER test_fail_commit ON messages`);
      await db.prisma.$executeRawUnsafe(`DROP FUNCTION test_fail_commit()`);
    }
    await settle();
    expect(await db.prisma.appointment.count()).toBe(0);
    expect(await db.prisma.message.count()).toBe(0);
    const jobs = await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs WHERE created_at >= ${started}`;
    expect(Number(jobs[0].n)).toBe(0);
    expect(smtp.messages).toHaveLength(0);
  });

  test("two worker processes: every message is delivered exactly once", async () => {
    await Promise.all([worker(), worker()]);
    const batches = [];
    for (let i = 0; i < 4; i++) batches.push(await bookCourse(db.prisma, s));
    await waitFor(async () => (await sentConfirmations()) === 4, 45_000, "four confirmations");
    await settle();
    expect(smtp.messages).toHaveLength(4);
    const ids = smtp.messages.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(4);
    const rows = await db.prisma.message.findMany({ where: { kind: "COURSE_CONFIRMATION" } });
    expect(rows.every((r) => r.status === "SENT" && r.attempts === 1)).toBe(true);
    expect(rows.map((r) => r.batchId).sort()).toEqual(batches.map((b) => b.batchId).sort());
  });

  test("the worker killed in the middle of a send, then restarted: the message is delivered once", async () => {
    const first = await worker();
    smtp.stall = true;
    const stalled = smtp.stalled();
    await bookCourse(db.prisma, s, s.patient.id);
    await stalled; // the worker has committed nothing yet: it is waiting for the server's answer, holding the row
    const held = () => db.prisma.$transaction((tx) => tx.$queryRaw<unknown[]>`SELECT id FROM messages WHERE kind = 'COURSE_CONFIRMATION' FOR UPDATE SKIP LOCKED`);
    expect(await held()).toHaveLength(0);
    await first.kill();
    // Its connection is gone: PostgreSQL rolled its transaction back; the row is free and still queued.
    await waitFor(async () => (await held()).length === 1, 10_000, "the row to be released");
    expect((await db.prisma.message.findFirstOrThrow({ where: { kind: "COURSE_CONFIRMATION" } })).status).toBe("QUEUED");
    smtp.stall = false;
    expect(smtp.messages).toHaveLength(0);
    await worker();
    await waitFor(async () => (await sentConfirmations()) === 1, 45_000, "the confirmation after the restart");
    await settle();
    expect(smtp.messages).toHaveLength(1);
    const row = await db.prisma.message.findFirstOrThrow({ where: { kind: "COURSE_CONFIRMATION" } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1 }); // the killed attempt was rolled back with its transaction
    expect(smtp.messages[0].messageId).toBe(`<${row.id}@cadence.invalid>`);
  });

  test("SMTP down: retried with back-off, then FAILED with the reason", async () => {
    await smtp.close();
    const down = smtp.url;
    await worker({ SMTP_URL: down });
    await bookCourse(db.prisma, s, s.patient.id);
    const seen: number[] = [];
    const failed = await waitFor(
      async () => {
        const m = await db.prisma.message.findFirstOrThrow({ where: { kind: "COURSE_CONFIRMATION" } });
        if (!seen.includes(m.attempts)) seen.push(m.attempts);
        return m.status === "FAILED" ? m : null;
      },
      60_000,
      "the message to fail",
    );
    expect(failed.attempts).toBe(3);
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(seen).toEqual(expect.arrayContaining([1, 2, 3]));
    smtp = await startSmtpServer();
  });
});
