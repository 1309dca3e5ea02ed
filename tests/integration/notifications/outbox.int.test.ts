// The outbox and its embedded dispatcher, on PGlite and on PostgreSQL: what each booking change enqueues (in its
// transaction), reminders across DST and with reschedules, consent, and local delivery without SMTP.
import { runMigrations } from "graphile-worker";
import { notificationConfig } from "@/lib/notifications/config";
import { enqueueMessages } from "@/lib/notifications/enqueue";
import { dispatchDue, type WorkerDeps } from "@/lib/notifications/process";
import { cancelAppointment } from "@/lib/services/appointments/lifecycle";
import { rescheduleAppointment } from "@/lib/services/appointments/reschedule";
import { bookSingle } from "@/lib/services/booking/single-session";
import { buildPatient } from "@/tests/factories";
import { buildBookingScenario, SCENARIO_NOW, type BookingScenario } from "@/tests/factories/booking-scenario";
import { describeOnPostgres, useTestDatabase } from "@/tests/support/test-db";
import { bookCourse } from "./support";

const db = useTestDatabase();
let s: BookingScenario;
let deps: WorkerDeps;
const NOW = new Date("2030-03-20T09:00:00Z");
const at = (iso: string) => new Date(iso);
// This 2-core machine is shared: Prisma's 5 s default for an interactive transaction is too tight here.
const SLOW_TX = { timeout: 30_000, maxWait: 30_000 };

beforeEach(async () => {
  s = await buildBookingScenario(db.prisma);
  await db.prisma.patient.update({ where: { id: s.patient.id }, data: { email: "anna.smith@example.test" } });
  // London also opens on Sundays, with Dr Lee.
  await db.prisma.clinicHours.create({ data: { clinicId: s.london.id, weekday: 7, startMinute: 540, endMinute: 1020 } });
  await db.prisma.providerAvailability.create({ data: { providerId: s.lee.id, clinicId: s.london.id, weekday: 7, startMinute: 540, endMinute: 1020 } });
  deps = { db: db.prisma, config: { ...notificationConfig({} as NodeJS.ProcessEnv), smtpUrl: null, appUrl: "http://cadence.test" }, secret: "test-secret-0123456789abcdef" };
});

const single = (start: string, patientId = s.patient.id, now = NOW) =>
  bookSingle(db.prisma, s.staffActor, { patientId, idempotencyKey: `single-${patientId}-${start}`, slot: { serviceId: s.physio.id, providerId: s.lee.id, clinicId: s.london.id, start } }, now);
const appointmentOf = async (batchId: string) => (await db.prisma.appointment.findFirstOrThrow({ where: { batchId } })).id;
const messages = (where = {}) => db.prisma.message.findMany({ where, orderBy: { createdAt: "asc" } });

describe("enqueued in the booking transaction", () => {
  test("a course: one confirmation and a reminder per session; a transaction that rolls back leaves none", async () => {
    const batch = await bookCourse(db.prisma, s, s.patient.id);
    const rows = await messages();
    const booked = await db.prisma.appointment.findMany({ where: { batchId: batch.batchId } });
    // Booked at 08:00 on 7 January: a session within 24 h gets no reminder.
    const remindable = booked.filter((a) => a.startsAt.getTime() - 86_400_000 > SCENARIO_NOW.getTime());
    expect(booked).toHaveLength(6);
    expect(remindable.length).toBeGreaterThanOrEqual(4);
    expect(rows.filter((m) => m.kind === "COURSE_CONFIRMATION")).toHaveLength(1);
    expect(rows.filter((m) => m.kind === "APPOINTMENT_REMINDER").map((m) => m.appointmentId).sort()).toEqual(remindable.map((a) => a.id).sort());
    expect(rows.every((m) => m.status === "QUEUED" && m.patientId === s.patient.id)).toBe(true);
    // The same event twice (a retried request) is enqueued once.
    await db.prisma.$transaction((tx) => enqueueMessages(tx, [{ type: "course.booked", batchId: batch.batchId, purchaseId: batch.purchaseId, appointmentIds: [] }], NOW), SLOW_TX);
    const ids = (await db.prisma.appointment.findMany({ where: { batchId: batch.batchId } })).map((a) => a.id);
    await db.prisma.$transaction((tx) => enqueueMessages(tx, [{ type: "course.booked", batchId: batch.batchId, purchaseId: batch.purchaseId, appointmentIds: ids }], NOW), SLOW_TX);
    expect(await db.prisma.message.count()).toBe(1 + remindable.length);

    const other = await buildPatient(db.prisma, { email: "x@example.test" });
    const { batchId } = await single("2030-03-25T10:00:00Z", other.id);
    const before = await db.prisma.message.count();
    const appointmentId = await appointmentOf(batchId);
    await expect(
      db.prisma.$transaction(async (tx) => {
        await enqueueMessages(tx, [{ type: "appointment.cancelled", appointmentId }], NOW);
        throw new Error("rolled back");
      }, SLOW_TX),
    ).rejects.toThrow("rolled back");
    expect(await db.prisma.message.count()).toBe(before);
  });

  test("no reminder for an appointment booked inside its reminder window", async () => {
    await single("2030-03-20T15:00:00Z");
    expect((await messages()).map((m) => m.kind)).toEqual(["APPOINTMENT_CONFIRMATION"]);
  });
});

describe("delivery without SMTP (the local outbox)", () => {
  test("the confirmation is rendered and kept, with its .ics, marked local; delivered once", async () => {
    await bookCourse(db.prisma, s, s.patient.id);
    expect(await dispatchDue(deps, SCENARIO_NOW)).toEqual(["sent"]);
    expect(await dispatchDue(deps, SCENARIO_NOW)).toEqual([]);
    const m = await db.prisma.message.findFirstOrThrow({ where: { kind: "COURSE_CONFIRMATION" } });
    expect(m).toMatchObject({ status: "SENT", transport: "local", attempts: 1, recipient: "anna.smith@example.test", subject: "Booked: your 6 Physio 6 sessions at London" });
    expect(m.icsFile?.match(/BEGIN:VEVENT/g)).toHaveLength(6);
    expect(m.htmlBody).toContain("http://cadence.test/unsubscribe/");
  });
});

describe("reminders", () => {
  test("fire at the clinic's local time across the DST change (Saturday 10:00 GMT for Sunday 10:00 BST)", async () => {
    await single("2030-03-31T09:00:00Z"); // Sunday 31 March 2030 10:00 BST, the day the clocks go forward
    await dispatchDue(deps, NOW); // the confirmation
    const reminder = await db.prisma.message.findFirstOrThrow({ where: { kind: "APPOINTMENT_REMINDER" } });
    expect(reminder.sendAt.toISOString()).toBe("2030-03-30T10:00:00.000Z");
    expect(await dispatchDue(deps, at("2030-03-30T09:59:59Z"))).toEqual([]);
    expect(await dispatchDue(deps, at("2030-03-30T10:00:00Z"))).toEqual(["sent"]);
    const sent = await db.prisma.message.findUniqueOrThrow({ where: { id: reminder.id } });
    expect(sent.subject).toBe("Reminder: Physiotherapy on Sunday, 31 March 2030 at 10:00 BST");
  });

  test("move with a reschedule (and a notice goes out); are dropped with a cancellation (and a notice goes out)", async () => {
    const { batchId } = await single("2030-04-03T09:00:00Z"); // Wednesday 10:00 BST
    const id = await appointmentOf(batchId);
    const reminder = await db.prisma.message.findFirstOrThrow({ where: { kind: "APPOINTMENT_REMINDER" } });
    expect(reminder.sendAt.toISOString()).toBe("2030-04-02T09:00:00.000Z");
    await rescheduleAppointment(db.prisma, s.staffActor, { appointmentId: id, providerId: s.lee.id, start: "2030-04-08T09:00:00Z" }, NOW);
    const moved = await db.prisma.message.findUniqueOrThrow({ where: { id: reminder.id } });
    expect(moved).toMatchObject({ status: "QUEUED", sendAt: at("2030-04-07T09:00:00Z") });
    expect(await db.prisma.message.count({ where: { kind: "APPOINTMENT_REMINDER", status: "QUEUED" } })).toBe(1);
    expect(await db.prisma.message.count({ where: { kind: "APPOINTMENT_RESCHEDULED", appointmentId: id } })).toBe(1);
    expect(await dispatchDue(deps, at("2030-04-02T09:00:00Z"))).toEqual(["sent", "sent"]); // confirmation, move notice
    const notice = await db.prisma.message.findFirstOrThrow({ where: { kind: "APPOINTMENT_RESCHEDULED" } });
    expect(notice.subject).toBe("Moved: Physiotherapy is now on Monday, 8 April 2030 at 10:00 BST");
    expect(notice.icsFile).toContain("METHOD:REQUEST");

    await cancelAppointment(db.prisma, s.staffActor, { appointmentId: id, reason: "Patient unwell" }, NOW);
    expect((await db.prisma.message.findUniqueOrThrow({ where: { id: reminder.id } })).status).toBe("SUPPRESSED");
    expect(await dispatchDue(deps, at("2030-04-07T09:00:00Z"))).toEqual(["sent"]);
    const cancelled = await db.prisma.message.findFirstOrThrow({ where: { kind: "APPOINTMENT_CANCELLED" } });
    expect(cancelled.icsFile).toContain("METHOD:CANCEL");
    expect(cancelled.icsFile).toContain("STATUS:CANCELLED");
    expect(cancelled.icsFile).toContain(`UID:${id}@cadence`);
  });

  test("a move inside the reminder window drops the reminder", async () => {
    const { batchId } = await single("2030-04-03T09:00:00Z");
    await rescheduleAppointment(db.prisma, s.staffActor, { appointmentId: await appointmentOf(batchId), providerId: s.lee.id, start: "2030-03-21T09:00:00Z" }, NOW);
    expect((await db.prisma.message.findFirstOrThrow({ where: { kind: "APPOINTMENT_REMINDER" } })).status).toBe("SUPPRESSED");
  });
});

describe("consent", () => {
  test("no message to a patient without an address or who opted out (also when opting out after booking)", async () => {
    const noAddress = await buildPatient(db.prisma, { email: null });
    const optedOut = await buildPatient(db.prisma, { email: "out@example.test", emailOptOut: true, emailOptOutAt: NOW });
    await single("2030-03-25T10:00:00Z", noAddress.id);
    await single("2030-03-26T10:00:00Z", optedOut.id);
    await single("2030-03-27T10:00:00Z"); // Anna, who opts out before it is sent
    await db.prisma.patient.update({ where: { id: s.patient.id }, data: { emailOptOut: true, emailOptOutAt: NOW } });
    await dispatchDue(deps, at("2030-03-27T09:00:00Z"));
    const rows = await messages();
    expect(rows).toHaveLength(6);
    expect(rows.filter((m) => m.status === "SENT")).toHaveLength(0);
    expect(new Set(rows.map((m) => m.suppressedReason))).toEqual(new Set(["patient has no e-mail address", "patient opted out of e-mail"]));
  });
});

describeOnPostgres("the queue's jobs follow the outbox (graphile-worker installed)", () => {
  beforeAll(() => runMigrations({ connectionString: db.url, logger: undefined }));
  const jobOf = async (messageId: string) =>
    (await db.prisma.$queryRaw<{ run_at: Date }[]>`SELECT run_at FROM graphile_worker.jobs WHERE key = ${`message:${messageId}`}`)[0] ?? null;

  test("a reminder is a scheduled job; a reschedule moves it, a cancellation removes it", async () => {
    const { batchId } = await single("2030-04-03T09:00:00Z");
    const id = await appointmentOf(batchId);
    const reminder = await db.prisma.message.findFirstOrThrow({ where: { kind: "APPOINTMENT_REMINDER" } });
    expect((await jobOf(reminder.id))?.run_at.toISOString()).toBe("2030-04-02T09:00:00.000Z");
    await rescheduleAppointment(db.prisma, s.staffActor, { appointmentId: id, providerId: s.lee.id, start: "2030-04-08T09:00:00Z" }, NOW);
    expect((await jobOf(reminder.id))?.run_at.toISOString()).toBe("2030-04-07T09:00:00.000Z");
    await cancelAppointment(db.prisma, s.staffActor, { appointmentId: id, reason: "Patient unwell" }, NOW);
    expect(await jobOf(reminder.id)).toBeNull();
  });
});
