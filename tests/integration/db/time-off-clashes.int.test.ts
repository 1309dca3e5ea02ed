// timeOffClashes starts from the time off (few rows) instead of the future appointments (many). Its answers must be
// those of the previous query, kept here as the reference, on a generated scenario: three providers at two clinics,
// two weeks of hourly appointments in every status, and time off of all lengths, overlapping each other and
// touching appointments at their ends and in their buffers.
import { Prisma } from "@/lib/generated/prisma/client";
import { timeOffClashes } from "@/lib/queries/time-off-clashes";
import { buildPatient } from "@/tests/factories";
import { buildBookingScenario, SCENARIO_NOW, type BookingScenario } from "@/tests/factories/booking-scenario";
import { useAppDatabase } from "@/tests/support/use-app-database";

const db = useAppDatabase();
let s: BookingScenario;

const MINUTE = 60_000;
const STATUSES = ["SCHEDULED", "SCHEDULED", "SCHEDULED", "CHECKED_IN", "COMPLETED", "CANCELLED", "NO_SHOW"] as const;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Params = Parameters<typeof timeOffClashes>[1];

/** The query timeOffClashes replaced: every future booked appointment, each with its earliest overlapping time off. */
async function reference(p: Params): Promise<[string, string | null][]> {
  if (p.clinicIds.length === 0) return [];
  const byProvider = p.providerId ? Prisma.sql`AND a.provider_id = ${p.providerId}` : Prisma.empty;
  const byPatient = p.patientId ? Prisma.sql`AND a.patient_id = ${p.patientId}` : Prisma.empty;
  const rows = await db.prisma.$queryRaw<{ id: string; reason: string | null }[]>`
    SELECT a.id, off.reason FROM appointments a
    CROSS JOIN LATERAL (
      SELECT t.reason FROM provider_time_off t
      WHERE t.provider_id = a.provider_id AND t.starts_at < a.ends_at AND t.ends_at > a.starts_at
      ORDER BY t.starts_at LIMIT 1
    ) off
    WHERE a.status IN ('SCHEDULED', 'CHECKED_IN') AND a.starts_at > ${p.now}
      AND a.clinic_id IN (${Prisma.join([...p.clinicIds])}) ${byProvider} ${byPatient}
    ORDER BY a.starts_at, a.id LIMIT ${p.limit ?? 100}`;
  return rows.map((r) => [r.id, r.reason]);
}

async function buildScenario(seed: number) {
  const next = random(seed);
  const patients = [s.patient, await buildPatient(db.prisma), await buildPatient(db.prisma)];
  const providers = [
    { id: s.lee.id, clinicId: s.london.id },
    { id: s.patel.id, clinicId: s.london.id },
    { id: s.north.id, clinicId: s.manchester.id },
  ];
  const first = Date.parse("2030-01-05T00:00:00Z"); // two days before SCENARIO_NOW, so some are past
  const appointments: Prisma.AppointmentCreateManyInput[] = [];
  providers.forEach((provider, i) => {
    for (let day = 0; day < 14; day++) {
      for (let hour = 9; hour < 17; hour++) {
        if (next() < 0.25) continue;
        const startsAt = new Date(first + day * 86_400_000 + hour * 60 * MINUTE);
        appointments.push({
          // Each provider sees a different patient on a given day: a patient is never in two places at once.
          patientId: patients[(i + day) % 3].id,
          providerId: provider.id,
          clinicId: provider.clinicId,
          serviceId: s.physio.id, // 45 minutes + 15 minutes' buffer
          startsAt,
          endsAt: new Date(startsAt.getTime() + 45 * MINUTE),
          blockEndsAt: new Date(startsAt.getTime() + 60 * MINUTE),
          status: STATUSES[Math.floor(next() * STATUSES.length)],
          createdById: s.staff.id,
        });
      }
    }
  });
  await db.prisma.appointment.createMany({ data: appointments });
  const timeOff: Prisma.ProviderTimeOffCreateManyInput[] = [];
  for (let n = 0; n < 30; n++) {
    const provider = providers[n % 3];
    // On 5-minute steps, so many start or end exactly at an appointment's end or inside its buffer.
    const startsAt = first + Math.floor(next() * 14 * 288) * 5 * MINUTE + n * MINUTE; // + n: no two start together
    const length = [20, 45, 50, 180, 600, 2 * 1440][Math.floor(next() * 6)] * MINUTE;
    timeOff.push({ providerId: provider.id, startsAt: new Date(startsAt), endsAt: new Date(startsAt + length), reason: `off ${n}` });
  }
  await db.prisma.providerTimeOff.createMany({ data: timeOff });
  return { patients };
}

describe("timeOffClashes against the query it replaced", () => {
  test.each([1, 2, 3])("gives the same clashes, in the same order, with the same reasons (seed %i)", async (seed) => {
    s = await buildBookingScenario(db.prisma);
    const { patients } = await buildScenario(seed);
    const later = new Date(SCENARIO_NOW.getTime() + 4 * 86_400_000 + 30 * MINUTE);
    const cases: Params[] = [
      { clinicIds: [s.london.id, s.manchester.id], now: SCENARIO_NOW },
      { clinicIds: [s.london.id], now: SCENARIO_NOW },
      { clinicIds: [s.manchester.id], now: later },
      { clinicIds: [s.london.id, s.manchester.id], now: later, limit: 5 },
      { clinicIds: [s.london.id], now: SCENARIO_NOW, providerId: s.lee.id },
      { clinicIds: [s.manchester.id], now: SCENARIO_NOW, providerId: s.lee.id },
      { clinicIds: [s.london.id, s.manchester.id], now: SCENARIO_NOW, patientId: patients[1].id },
      { clinicIds: [s.london.id], now: later, patientId: patients[0].id, providerId: s.patel.id },
    ];
    let found = 0;
    for (const params of cases) {
      const expected = await reference(params);
      const actual = (await timeOffClashes(db.prisma, params)).map((c) => [c.appointmentId, c.timeOffReason]);
      expect(actual).toEqual(expected);
      found += expected.length;
    }
    // The scenario must exercise the query: clashes exist, and more than the limit of the limited case.
    expect(found).toBeGreaterThan(20);
  });
});
