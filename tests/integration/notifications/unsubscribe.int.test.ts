import { createUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { resendMessage } from "@/lib/services/messages/resend";
import { unsubscribeByToken } from "@/lib/services/patients/unsubscribe";
import { buildPatient } from "@/tests/factories";
import { buildBookingScenario, type BookingScenario } from "@/tests/factories/booking-scenario";
import { useTestDatabase } from "@/tests/support/test-db";

const db = useTestDatabase();
const SECRET = "unsubscribe-test-secret-0123456789";
const NOW = new Date("2030-01-07T08:00:00Z");
let s: BookingScenario;
beforeEach(async () => {
  s = await buildBookingScenario(db.prisma);
});

describe("unsubscribe link", () => {
  test("sets only the opt-out flag, once, audited; a second click changes nothing", async () => {
    const p = await buildPatient(db.prisma, { email: "p@example.test", notes: "keep" });
    const token = createUnsubscribeToken(p.id, NOW, SECRET);
    expect(await unsubscribeByToken(db.prisma, token, SECRET, NOW)).toEqual({ ok: true });
    const after = await db.prisma.patient.findUniqueOrThrow({ where: { id: p.id } });
    expect(after).toEqual({ ...p, emailOptOut: true, emailOptOutAt: NOW, updatedAt: after.updatedAt });
    expect(await unsubscribeByToken(db.prisma, token, SECRET, new Date(NOW.getTime() + 60_000))).toEqual({ ok: true });
    expect((await db.prisma.patient.findUniqueOrThrow({ where: { id: p.id } })).emailOptOutAt).toEqual(NOW);
    const audit = await db.prisma.auditLog.findMany({ where: { entityId: p.id } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["patient.email_opt_out", null]]);
  });

  test("a forged, altered or expired token changes nothing", async () => {
    const p = await buildPatient(db.prisma, { email: "p@example.test" });
    const other = await buildPatient(db.prisma, { email: "o@example.test" });
    const token = createUnsubscribeToken(p.id, NOW, SECRET, 1);
    expect(await unsubscribeByToken(db.prisma, token.replace(p.id, other.id), SECRET, NOW)).toEqual({ ok: false, reason: "invalid" });
    expect(await unsubscribeByToken(db.prisma, createUnsubscribeToken(p.id, NOW, "another-secret-long-enough"), SECRET, NOW)).toEqual({ ok: false, reason: "invalid" });
    expect(await unsubscribeByToken(db.prisma, token, SECRET, new Date(NOW.getTime() + 2 * 86_400_000))).toEqual({ ok: false, reason: "expired" });
    expect(await db.prisma.patient.count({ where: { emailOptOut: true } })).toBe(0);
    expect(await db.prisma.auditLog.count({ where: { action: "patient.email_opt_out" } })).toBe(0);
  });
});

describe("resend", () => {
  test("a FAILED message is queued again with fresh attempts; a sent one is copied; staff cannot; audited", async () => {
    const failed = await db.prisma.message.create({
      data: { dedupeKey: "k1", kind: "APPOINTMENT_REMINDER", patientId: s.patient.id, clinicId: s.london.id, status: "FAILED", attempts: 8, lastError: "connect ECONNREFUSED" },
    });
    // A course confirmation belongs to a real booking batch (a foreign key since the calendar shows it).
    await db.prisma.bookingBatch.create({ data: { id: "b1", idempotencyKey: "resend-b1", createdById: s.staff.id } });
    const sent = await db.prisma.message.create({
      data: { dedupeKey: "k2", kind: "COURSE_CONFIRMATION", patientId: s.patient.id, clinicId: s.london.id, status: "SENT", sentAt: NOW, batchId: "b1" },
    });
    await expect(resendMessage(db.prisma, s.staffActor, failed.id, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await resendMessage(db.prisma, s.adminActor, failed.id, NOW)).toEqual({ messageId: failed.id });
    expect(await db.prisma.message.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "QUEUED", attempts: 0, lastError: null });
    await expect(resendMessage(db.prisma, s.adminActor, failed.id, NOW)).rejects.toMatchObject({ code: "CONFLICT" });
    const copy = await resendMessage(db.prisma, s.adminActor, sent.id, NOW);
    expect(copy.messageId).not.toBe(sent.id);
    expect(await db.prisma.message.findUniqueOrThrow({ where: { id: copy.messageId } })).toMatchObject({ status: "QUEUED", kind: "COURSE_CONFIRMATION", batchId: "b1" });
    expect(await db.prisma.auditLog.count({ where: { action: "message.resent" } })).toBe(2);
  });
});
