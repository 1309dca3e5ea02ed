// The calendar's appointment dialog shows each appointment's messages: loaded by the calendar query itself (joined,
// so its statement count stays three), only the status fields, and only the shown clinic's appointments.
import { notificationConfig } from "@/lib/notifications/config";
import { dispatchDue, type WorkerDeps } from "@/lib/notifications/process";
import { buildCalendar } from "@/lib/calendar/model";
import { loadCalendarData } from "@/lib/queries/calendar";
import { bookSingle } from "@/lib/services/booking/single-session";
import { buildPatient } from "@/tests/factories";
import { buildBookingScenario, type BookingScenario } from "@/tests/factories/booking-scenario";
import { countStatements } from "@/tests/support/count-statements";
import { useTestDatabase } from "@/tests/support/test-db";
import { bookCourse } from "./support";

const db = useTestDatabase();
let s: BookingScenario;
const NOW = new Date("2030-03-20T09:00:00Z"); // a Wednesday
const WEEK = { firstDay: "2030-03-25", lastDay: "2030-03-31", start: new Date("2030-03-25T00:00:00Z"), end: new Date("2030-04-01T00:00:00Z"), providerId: null };

beforeEach(async () => {
  s = await buildBookingScenario(db.prisma);
});

test("the calendar carries each appointment's messages (status fields only), not another clinic's, in three statements", async () => {
  const anna = await buildPatient(db.prisma, { email: "anna@example.test" });
  const noAddress = await buildPatient(db.prisma, { email: null });
  const london = await bookSingle(db.prisma, s.adminActor, { patientId: anna.id, idempotencyKey: "cal-london", slot: { serviceId: s.physio.id, providerId: s.lee.id, clinicId: s.london.id, start: "2030-03-25T10:00:00.000Z" } }, NOW);
  const manchester = await bookSingle(db.prisma, s.adminActor, { patientId: noAddress.id, idempotencyKey: "cal-manchester", slot: { serviceId: s.physio.id, providerId: s.north.id, clinicId: s.manchester.id, start: "2030-03-25T10:00:00.000Z" } }, NOW);
  const londonAppt = await db.prisma.appointment.findFirstOrThrow({ where: { batchId: london.batchId } });
  const manchesterAppt = await db.prisma.appointment.findFirstOrThrow({ where: { batchId: manchester.batchId } });
  // The confirmation goes out now (no SMTP: the local outbox, stamped with the delivery's own clock); the reminder waits for 24 h before.
  const deps: WorkerDeps = { db: db.prisma, config: { ...notificationConfig({} as NodeJS.ProcessEnv), smtpUrl: null, appUrl: "http://cadence.test" }, secret: "test-secret-0123456789abcdef" };
  expect(await dispatchDue(deps, NOW)).toEqual(["sent"]);

  const { result: data, statements } = await countStatements(db, () => loadCalendarData(db.prisma, { clinicId: s.london.id, ...WEEK }));
  expect(statements).toBe(3);
  expect(data.appointments.map((a) => a.id)).toEqual([londonAppt.id]);
  const messages = data.appointments[0].messages;
  expect(messages.map((m) => m.kind).sort()).toEqual(["APPOINTMENT_CONFIRMATION", "APPOINTMENT_REMINDER"]);
  for (const m of messages) {
    expect(Object.keys(m).sort()).toEqual(["id", "kind", "lastError", "sendAt", "sentAt", "status", "suppressedReason", "transport"]);
  }
  const stored = await db.prisma.message.findMany({ where: { appointmentId: londonAppt.id }, select: { id: true } });
  expect(messages.map((m) => m.id).sort()).toEqual(stored.map((m) => m.id).sort());

  // What the dialog says, in the clinic's zone (London is on GMT until the 31st).
  const model = buildCalendar({ ...data, view: "week", days: ["2030-03-25", "2030-03-26", "2030-03-27", "2030-03-28", "2030-03-29", "2030-03-30", "2030-03-31"], providerId: null, showCancelled: false, now: NOW });
  const block = model.columns.flatMap((c) => c.blocks).find((b) => b.id === londonAppt.id)!;
  const words = block.messages.map((m) => m.words);
  expect(words).toContainEqual(expect.stringMatching(/^Booking confirmation kept in the local outbox — not sent: no SMTP configured \(.+ \d{2}:\d{2}\)$/));
  expect(words).toContainEqual(expect.stringMatching(/^Reminder queued for .*24 Mar 2030.*10:00$/));

  // Manchester's calendar: its own appointment, its confirmation not sent for want of an address.
  const other = await loadCalendarData(db.prisma, { clinicId: s.manchester.id, ...WEEK });
  expect(other.appointments.map((a) => a.id)).toEqual([manchesterAppt.id]);
  const manchesterMessages = other.appointments[0].messages;
  expect(manchesterMessages.some((m) => messages.some((l) => l.id === m.id))).toBe(false);
  expect(manchesterMessages.find((m) => m.kind === "APPOINTMENT_CONFIRMATION")).toMatchObject({ status: "SUPPRESSED", suppressedReason: "patient has no e-mail address" });
});

test("a course's appointments carry the course's confirmation, still in three statements", async () => {
  const { batchId, patientId } = await bookCourse(db.prisma, s);
  const booked = await db.prisma.appointment.findMany({ where: { batchId }, orderBy: { startsAt: "asc" } });
  const confirmation = await db.prisma.message.findFirstOrThrow({ where: { batchId, kind: "COURSE_CONFIRMATION" } });
  expect(confirmation).toMatchObject({ appointmentId: null, patientId });
  const from = booked[0].startsAt;
  const to = new Date(booked[booked.length - 1].startsAt.getTime() + 1);
  const { result: data, statements } = await countStatements(db, () =>
    loadCalendarData(db.prisma, { clinicId: s.london.id, firstDay: "2030-01-01", lastDay: "2030-12-31", start: from, end: to, providerId: null }),
  );
  expect(statements).toBe(3);
  expect(data.appointments.map((a) => a.id)).toEqual(booked.map((a) => a.id));
  for (const a of data.appointments) {
    expect(a.messages.filter((m) => m.kind === "COURSE_CONFIRMATION").map((m) => m.id)).toEqual([confirmation.id]);
  }
});
