import { getPatientDetail } from "@/lib/queries/patients/detail";
import { timeOffClashes } from "@/lib/queries/time-off-clashes";
import { buildAppointment, buildPurchase } from "@/tests/factories";
import { SCENARIO_NOW } from "@/tests/factories/booking-scenario";
import { useBookingScenario } from "@/tests/support/booking";
import { observingOperations } from "@/tests/support/observe-operations";

const { db, s } = useBookingScenario();

const at = (iso: string) => new Date(iso);
type Status = "SCHEDULED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW";

async function purchase() {
  return buildPurchase(db.prisma, { packageId: s.physio6.id, patientId: s.patient.id, assignedById: s.staff.id, purchasedAt: SCENARIO_NOW });
}

function session(p: Awaited<ReturnType<typeof purchase>>, startsAt: string, o: { status?: Status; forfeitsSession?: boolean; providerId?: string } = {}) {
  return buildAppointment(db.prisma, {
    patientId: s.patient.id,
    providerId: o.providerId ?? s.lee.id,
    clinicId: s.london.id,
    serviceId: s.physio.id,
    startsAt: at(startsAt),
    status: o.status ?? "SCHEDULED",
    forfeitsSession: o.forfeitsSession ?? false,
    purchaseId: p.id,
    purchaseItemId: p.items.find((i) => i.serviceId === s.physio.id)!.id,
    createdById: s.staff.id,
  });
}

/** Runs `fn` with the app's prisma counting every database operation it sends. */
async function countingQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  let queries = 0;
  const result = await observingOperations(db, () => (queries += 1), fn);
  return { result, queries };
}

describe("getPatientDetail", () => {
  test("groups every purchase's sessions in time order, with lifecycle actions only on open appointments", async () => {
    const p1 = await purchase();
    const p2 = await purchase();
    const done = await session(p1, "2030-01-03T10:00:00Z", { status: "COMPLETED" });
    const late = await session(p1, "2030-01-04T10:00:00Z", { status: "CANCELLED", forfeitsSession: true });
    const next = await session(p1, "2030-01-09T10:00:00Z");
    const other = await session(p2, "2030-01-10T10:00:00Z");

    const detail = (await getPatientDetail(db.prisma, s.patient.id, SCENARIO_NOW, [s.london.id]))!;
    const byId = new Map(detail.purchases.map((p) => [p.id, p]));
    expect(byId.get(p1.id)!.sessions.map((x) => x.id)).toEqual([done.id, late.id, next.id]);
    expect(byId.get(p1.id)!.sessions[1]).toMatchObject({ status: "CANCELLED", forfeitsSession: true, providerName: "Dr Lee", clinicName: "London" });
    expect(byId.get(p2.id)!.sessions.map((x) => x.id)).toEqual([other.id]);
    expect(byId.get(p1.id)!).toMatchObject({ timeZone: "Europe/London", lastDay: "2030-03-08" });

    expect(detail.upcoming.map((a) => a.id)).toEqual([next.id, other.id]);
    expect(detail.upcoming[0]).toMatchObject({ packageName: "Physio 6", actions: { reschedule: true, cancel: true, complete: false, noShow: false } });
    expect(detail.past.find((a) => a.id === done.id)!.actions).toBeNull();

    // Another clinic's appointments are not listed (only counted) and its courses come as summaries: nothing to act on.
    const elsewhere = (await getPatientDetail(db.prisma, s.patient.id, SCENARIO_NOW, [s.manchester.id]))!;
    expect(elsewhere.upcoming).toEqual([]);
    expect(elsewhere.appointmentsElsewhere).toBe(4);
    expect(elsewhere.purchases).toEqual([]);
    expect(elsewhere.otherClinicCourses.map((p) => p.id).sort()).toEqual([p1.id, p2.id].sort());
  });

  test("takes the same number of queries whatever the number of purchases and sessions", async () => {
    const p1 = await purchase();
    await session(p1, "2030-01-09T10:00:00Z");
    const few = await countingQueries(() => getPatientDetail(db.prisma, s.patient.id, SCENARIO_NOW, [s.london.id]));

    for (let i = 0; i < 3; i += 1) {
      const p = await purchase();
      await session(p, `2030-01-1${i}T10:00:00Z`);
      await session(p, `2030-01-1${i}T14:00:00Z`, { status: "CANCELLED" });
    }
    const many = await countingQueries(() => getPatientDetail(db.prisma, s.patient.id, SCENARIO_NOW, [s.london.id]));
    expect(many.result!.purchases).toHaveLength(4);
    expect(many.queries).toBe(few.queries);
    expect(few.queries).toBeLessThanOrEqual(7);
  });
});

describe("timeOffClashes", () => {
  test("finds booked appointments overlapping their own provider's time off, soonest first", async () => {
    const p = await purchase();
    const inLeave = await session(p, "2030-01-15T10:00:00Z");
    const touchingStart = await session(p, "2030-01-14T16:15:00Z"); // 16:15–17:00, leave starts 17:00: no overlap
    const overlappingEnd = await session(p, "2030-01-16T08:30:00Z"); // 08:30–09:15, leave ends 09:00
    await session(p, "2030-01-15T14:00:00Z", { status: "CANCELLED" });
    await session(p, "2030-01-15T11:00:00Z", { providerId: s.patel.id }); // Sam Patel is not away
    await db.prisma.providerTimeOff.create({ data: { providerId: s.lee.id, startsAt: at("2030-01-14T17:00:00Z"), endsAt: at("2030-01-16T09:00:00Z"), reason: "Leave" } });
    // A second, overlapping time off must not list the appointment twice.
    await db.prisma.providerTimeOff.create({ data: { providerId: s.lee.id, startsAt: at("2030-01-15T09:00:00Z"), endsAt: at("2030-01-15T12:00:00Z"), reason: "Training" } });

    const clashes = await timeOffClashes(db.prisma, { clinicIds: [s.london.id], now: SCENARIO_NOW });
    expect(clashes.map((c) => c.appointmentId)).toEqual([inLeave.id, overlappingEnd.id]);
    expect(clashes.map((c) => c.appointmentId)).not.toContain(touchingStart.id);
    expect(clashes[0]).toMatchObject({
      patientId: s.patient.id,
      patientName: "Anna Smith",
      serviceName: "Physiotherapy",
      clinicName: "London",
      purchaseId: p.id,
      providerName: "Dr Lee",
      timeOffReason: "Leave",
      dateLabel: expect.stringMatching(/^Tue,? 15 Jan 2030$/),
      timeLabel: "10:00–10:45 GMT",
    });

    expect(await timeOffClashes(db.prisma, { clinicIds: [s.manchester.id], now: SCENARIO_NOW })).toEqual([]);
    expect(await timeOffClashes(db.prisma, { clinicIds: [], now: SCENARIO_NOW })).toEqual([]);
    expect(await timeOffClashes(db.prisma, { clinicIds: [s.london.id], providerId: s.patel.id, now: SCENARIO_NOW })).toEqual([]);
    expect((await timeOffClashes(db.prisma, { clinicIds: [s.london.id], providerId: s.lee.id, now: SCENARIO_NOW, limit: 1 })).map((c) => c.appointmentId)).toEqual([inLeave.id]);
    expect(await timeOffClashes(db.prisma, { clinicIds: [s.london.id], now: at("2030-01-20T00:00:00Z") })).toEqual([]);
  });
});
