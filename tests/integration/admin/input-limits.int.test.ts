import { createClinicAction, updateClinicAction } from "@/app/admin/clinics/actions";
import { createProviderAction } from "@/app/admin/providers/actions";
import { createServiceAction } from "@/app/admin/services/actions";
import { buildClinic, buildService } from "@/tests/factories";
import { clinicForm } from "@/tests/factories/forms";
import { useAppDatabase } from "@/tests/support/use-app-database";
import { invalidInput, signInAdmin } from "./support";

// One request must never be able to block the server: oversized lists are refused by their length, before any
// per-pair work, in well under 100 ms, and nothing is written. (Before the limits, 1,000 clinic intervals blocked
// the event loop for seconds and 3,000 ran the process out of memory.)

const db = useAppDatabase();

/** `n` identical Monday-to-Sunday intervals: every pair on a weekday overlaps (the worst case for a pairwise check). */
const week = (n: number) => Array.from({ length: n }, (_, i) => ({ weekday: (i % 7) + 1, start: "09:00", end: "17:00" }));

async function counts() {
  return {
    clinics: await db.prisma.clinic.count(),
    hours: await db.prisma.clinicHours.count(),
    providers: await db.prisma.provider.count(),
    availability: await db.prisma.providerAvailability.count(),
    timeOff: await db.prisma.providerTimeOff.count(),
    services: await db.prisma.service.count(),
    audit: await db.prisma.auditLog.count(),
  };
}

/**
 * The action's own cost: CPU time of this process (what blocks the event loop; unlike wall time it does not count
 * other processes on a busy machine), the least of three runs after a warm-up that pays for loading the schemas.
 */
async function timed<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const cpuMs = () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  let result = await fn();
  let ms = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = cpuMs();
    result = await fn();
    ms = Math.min(ms, cpuMs() - started);
  }
  return { result, ms };
}

const clinicInput = (hours: ReturnType<typeof week>) => clinicForm({ hours });

describe("oversized lists are refused at once and change nothing", () => {
  test.each([1000, 3000])("clinic hours with %i intervals (create and update)", async (n) => {
    await signInAdmin(db.prisma);
    const existing = await buildClinic(db.prisma, { hours: { create: [{ weekday: 1, startMinute: 540, endMinute: 1020 }] } });
    const before = await counts();

    const created = await timed(() => createClinicAction(clinicInput(week(n))));
    expect(created.result).toEqual(invalidInput({ hours: "Keep to at most 70 intervals a week." }));
    expect(created.ms).toBeLessThan(100);

    const updated = await timed(() => updateClinicAction({ ...clinicInput(week(n)), id: existing.id }));
    expect(updated.result).toMatchObject({ ok: false, error: { fieldErrors: { hours: "Keep to at most 70 intervals a week." } } });
    expect(updated.ms).toBeLessThan(100);
    expect(await counts()).toEqual(before);
  });

  test.each([1000, 3000])("provider availability with %i intervals at one clinic", async (n) => {
    await signInAdmin(db.prisma);
    const clinic = await buildClinic(db.prisma);
    const before = await counts();
    const { result, ms } = await timed(() =>
      createProviderAction({
        name: "Dr Ada Lee",
        title: "",
        active: true,
        serviceIds: [],
        clinicIds: [clinic.id],
        availability: [{ clinicId: clinic.id, intervals: week(n) }],
        timeOff: [],
      }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID_INPUT", fieldErrors: { "availability.0.intervals": "Keep to at most 70 intervals a week." } } });
    expect(ms).toBeLessThan(100);
    expect(await counts()).toEqual(before);
  });
});

describe("bad numbers and times get a field error instead of being saved or failing", () => {
  const service = { name: "Sports massage", durationMin: "45", bufferAfterMin: "10", price: "55.00", colour: "#16a34a", active: true };

  test("a price above the limit (and above the column's 21,474,836.47) is a field error, not 'Something went wrong'", async () => {
    await signInAdmin(db.prisma);
    const result = await createServiceAction({ ...service, price: "21474836.48" });
    expect(result).toEqual(invalidInput({ price: "The price must be at most 1,000,000." }));
    expect(await db.prisma.service.count()).toBe(0);
  });

  test.each([true, null, []])("a duration of %j is refused, not saved as 1 or 0 minutes", async (durationMin) => {
    await signInAdmin(db.prisma);
    const result = await createServiceAction({ ...service, durationMin });
    expect(result).toMatchObject({ ok: false, error: { fieldErrors: { durationMin: "Enter the duration in whole minutes." } } });
    expect(await db.prisma.service.count()).toBe(0);
  });

  test("time off starting at 01:30 on 28 March 2027 in London (skipped by the clocks) is refused, saying why", async () => {
    await signInAdmin(db.prisma);
    const clinic = await buildClinic(db.prisma, { timeZone: "Europe/London" });
    const service = await buildService(db.prisma);
    const before = await counts();
    const result = await createProviderAction({
      name: "Dr Ada Lee",
      title: "",
      active: true,
      serviceIds: [service.id],
      clinicIds: [clinic.id],
      availability: [],
      timeOff: [{ startsAt: "2027-03-28T01:30", endsAt: "2027-03-28T09:00", reason: "" }],
    });
    expect(result).toEqual(
      invalidInput({
        "timeOff.0.startsAt":
          "01:30 on 28 March 2027 does not exist in Europe/London: the clocks go forward and skip that time. Choose a time before or after the change.",
      }),
    );
    expect(await counts()).toEqual(before);
  });
});
