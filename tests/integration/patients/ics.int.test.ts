import { buildAppointment, buildPatient, buildPurchase } from "@/tests/factories";
import { useBookingScenario } from "@/tests/support/booking";
import { signInAs } from "@/tests/support/session";
import { download, expectRefusedDownload } from "./support";

const { db, s } = useBookingScenario();

/** Content lines with folded continuations joined back (RFC 5545 §3.1). */
const unfold = (ics: string) => ics.replace(/\r\n /g, "").split("\r\n");

async function course() {
  const purchase = await buildPurchase(db.prisma, { packageId: s.physio6.id, patientId: s.patient.id, assignedById: s.staff.id, purchasedAt: new Date() });
  const session = (startsAt: string, status: "SCHEDULED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW" = "SCHEDULED") =>
    buildAppointment(db.prisma, {
      patientId: s.patient.id,
      providerId: s.lee.id,
      clinicId: s.london.id,
      serviceId: s.physio.id,
      startsAt: new Date(startsAt),
      status,
      purchaseId: purchase.id,
      purchaseItemId: purchase.items.find((i) => i.serviceId === s.physio.id)!.id,
      createdById: s.staff.id,
    });
  return { purchase, session };
}

test("refuses anyone not signed in, before looking anything up", async () => {
  const { purchase } = await course();
  signInAs(null);
  await expectRefusedDownload(s.patient.id, purchase.id, 401);
});

test("answers 404 for a purchase that is not this patient's, or does not exist", async () => {
  const { purchase } = await course();
  const other = await buildPatient(db.prisma);
  signInAs(s.staff);
  expect((await download(other.id, purchase.id)).status).toBe(404);
  expect((await download(s.patient.id, "c0000000000000000000000000")).status).toBe(404);
});

test("lists the course's booked sessions still to come, one event each, in UTC across the DST change", async () => {
  const { purchase, session } = await course();
  const first = await session("2030-03-28T10:00:00Z"); // Thu 28 Mar 2030, 10:00 London (GMT)
  const second = await session("2030-04-01T08:00:00Z", "CHECKED_IN"); // Mon 1 Apr 2030, 09:00 London (BST)
  const cancelled = await session("2030-03-29T10:00:00Z", "CANCELLED");
  await session("2020-01-06T10:00:00Z", "COMPLETED");
  await session("2020-01-08T10:00:00Z"); // outcome never recorded, long past
  await db.prisma.clinic.update({ where: { id: s.london.id }, data: { address: "12 Tooley Street, London SE1 2TU" } });
  signInAs(s.staff);

  const response = await download(s.patient.id, purchase.id);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  expect(response.headers.get("content-disposition")).toBe('attachment; filename="Physio-6-Anna-Smith.ics"');
  const body = await response.text();
  expect(body.endsWith("END:VCALENDAR\r\n")).toBe(true);
  expect(body.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const line of body.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);

  const lines = unfold(body);
  // The cancelled session is exported as cancelled, so a re-import takes it out of the patient's calendar.
  expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(3);
  expect(lines.filter((l) => l.startsWith("UID:"))).toEqual([`UID:${first.id}@cadence`, `UID:${cancelled.id}@cadence`, `UID:${second.id}@cadence`]);
  expect(lines.filter((l) => l.startsWith("STATUS:"))).toEqual(["STATUS:CONFIRMED", "STATUS:CANCELLED", "STATUS:CONFIRMED"]);
  expect(lines.filter((l) => l.startsWith("DTSTART:"))).toEqual(["DTSTART:20300328T100000Z", "DTSTART:20300329T100000Z", "DTSTART:20300401T080000Z"]);
  expect(lines.filter((l) => l.startsWith("DTEND:"))).toEqual(["DTEND:20300328T104500Z", "DTEND:20300329T104500Z", "DTEND:20300401T084500Z"]);
  expect(lines.filter((l) => /^SEQUENCE:\d+$/.test(l))).toHaveLength(3);
  // The clinic's wall-clock time in the summary, in the reader's hour cycle (en-GB: 24 h).
  expect(lines).toContain("SUMMARY:Physiotherapy 10:00 GMT — London");
  expect(lines).toContain("LOCATION:London\\, 12 Tooley Street\\, London SE1 2TU");
  expect(lines).toContain("DESCRIPTION:With Dr Lee. Package: Physio 6.");
  expect(lines.filter((l) => l.startsWith("DTSTAMP:"))).toHaveLength(3);

  // The same appointment keeps its UID from one download to the next, so calendars update instead of duplicating.
  const again = unfold(await (await download(s.patient.id, purchase.id)).text());
  expect(again.filter((l) => l.startsWith("UID:"))).toEqual(lines.filter((l) => l.startsWith("UID:")));
  // Each export is audited like a view of the record.
  expect(await db.prisma.auditLog.count({ where: { action: "patient.course_exported", entityId: purchase.id, actorId: s.staff.id } })).toBe(2);
});

test("a course with nothing still to come gives an empty but valid calendar", async () => {
  const { purchase } = await course();
  signInAs(s.staff);
  const response = await download(s.patient.id, purchase.id);
  expect(response.status).toBe(200);
  const lines = unfold(await response.text());
  expect(lines[0]).toBe("BEGIN:VCALENDAR");
  expect(lines).not.toContain("BEGIN:VEVENT");
});
