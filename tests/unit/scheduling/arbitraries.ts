import fc from "fast-check";
import type { PlanRequest } from "@/lib/scheduling";

// Random, always-valid PlanRequests: one or two clinics in (possibly different) zones, starting near DST changes,
// scarce or generous hours, busy providers, booked course sessions, cadence and preferences.

const ZONES = ["Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"];
// Days just before spring/autumn changes in Europe, the US and Australia.
const BASES = ["2026-03-05", "2026-03-24", "2026-03-26", "2026-10-20", "2026-10-28", "2026-03-31", "2026-09-30", "2026-06-10"];
const STEPS = [5, 10, 15, 20, 30, 45, 60];
const H = 3_600_000;

const hhmm = (min: number) => `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`;
const iso = (ms: number) => new Date(ms).toISOString();

const localRange = fc
  .record({ start: fc.integer({ min: 0, max: 46 }), len: fc.integer({ min: 1, max: 20 }) })
  .map(({ start, len }) => {
    const s = start * 30;
    const e = Math.min(1440, s + len * 30);
    return { start: hhmm(s), end: e === 1440 ? "24:00" : hhmm(e) };
  });

const weekly = fc.array(
  fc.record({ weekday: fc.integer({ min: 1, max: 7 }), range: localRange }).map(({ weekday, range }) => ({ weekday, ...range })),
  { minLength: 0, maxLength: 9 },
);

/** An instant interval within `days` days of `t0`, `minLen`…`maxLen` hours long (in 5-minute units). */
const instantRange = (t0: number, days: number, maxLenMin = 600) =>
  fc.record({ at: fc.integer({ min: -12 * 24, max: days * 24 * 12 }), len: fc.integer({ min: 1, max: maxLenMin / 5 }) }).map(({ at, len }) => ({
    start: iso(t0 + at * 5 * 60_000),
    end: iso(t0 + at * 5 * 60_000 + len * 5 * 60_000),
  }));

export const planRequestArb: fc.Arbitrary<PlanRequest> = fc
  .record({
    base: fc.constantFrom(...BASES),
    nowHour: fc.integer({ min: 0, max: 47 }),
    days: fc.integer({ min: 5, max: 35 }),
    nClinics: fc.integer({ min: 1, max: 2 }),
    nServices: fc.integer({ min: 1, max: 3 }),
    nProviders: fc.integer({ min: 1, max: 3 }),
    seedBits: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  })
  .chain(({ base, nowHour, days, nClinics, nServices, nProviders, seedBits }) => {
    const now = Date.parse(`${base}T00:00:00Z`) + nowHour * H;
    const sIds = Array.from({ length: nServices }, (_, i) => `s${i + 1}`);
    const cIds = Array.from({ length: nClinics }, (_, i) => `c${i + 1}`);
    const pIds = Array.from({ length: nProviders }, (_, i) => `p${i + 1}`);
    const subset = <T>(list: T[], min = 0) => fc.subarray(list, { minLength: Math.min(min, list.length) });
    const clinic = (id: string) =>
      fc.record({
        id: fc.constant(id),
        timeZone: fc.constantFrom(...ZONES),
        hours: weekly,
        closures: fc.array(fc.integer({ min: 0, max: days }).map((d) => iso(now + d * 24 * H).slice(0, 10)), { maxLength: 2 }),
        serviceIds: subset(sIds, 1),
      });
    const provider = (id: string) =>
      fc.record({
        id: fc.constant(id),
        serviceIds: subset(sIds, 1),
        availability: fc.array(
          fc.record({ clinicId: fc.constantFrom(...cIds), weekday: fc.integer({ min: 1, max: 7 }), range: localRange }).map(({ clinicId, weekday, range }) => ({
            clinicId,
            weekday,
            ...range,
          })),
          { maxLength: 10 },
        ),
        timeOff: fc.array(instantRange(now, days, 3000), { maxLength: 2 }),
      });
    return fc.record({
      now: fc.constant(iso(now)),
      clinics: fc.tuple(...cIds.map(clinic)),
      services: fc.tuple(
        ...sIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            name: fc.constantFrom(`Service ${id}`, undefined as unknown as string).map((n) => n ?? `Service ${id}`),
            durationMin: fc.constantFrom(15, 30, 45, 60, 90),
            bufferAfterMin: fc.constantFrom(0, 0, 5, 15),
          }),
        ),
      ),
      providers: fc.tuple(...pIds.map(provider)),
      busy: fc.array(fc.record({ providerId: fc.constantFrom(...pIds), r: instantRange(now, days, 240) }).map(({ providerId, r }) => ({ providerId, ...r })), {
        maxLength: 25,
      }),
      patientBusy: fc.array(
        fc
          .record({ r: instantRange(now, days, 180), clinicId: fc.option(fc.constantFrom(...cIds, "elsewhere"), { nil: undefined }) })
          .map(({ r, clinicId }) => (clinicId === undefined ? r : { ...r, clinicId })),
        { maxLength: 4 },
      ),
      travelMinutes: fc.option(fc.constantFrom(0, 15, 30, 60, 90, 240), { nil: undefined }),
      patientAvailability: fc.option(
        fc.record(
          {
            weekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
            windows: fc.array(localRange, { minLength: 1, maxLength: 3 }),
            unavailableDates: fc.array(fc.integer({ min: -1, max: days + 1 }).map((d) => iso(now + d * 24 * H).slice(0, 10)), { maxLength: 4 }),
          },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
      courseBooked: fc.option(
        fc.array(fc.record({ clinicId: fc.constantFrom(...cIds), r: instantRange(now, days, 90) }).map(({ clinicId, r }) => ({ clinicId, ...r })), {
          maxLength: 2,
        }),
        { nil: undefined },
      ),
      sessions: subset(sIds, 1).chain((ids) => fc.tuple(...ids.map((serviceId) => fc.record({ serviceId: fc.constant(serviceId), count: fc.integer({ min: 1, max: 6 }) })))),
      clinicIds: subset(cIds, 1),
      providerIds: subset(pIds, 1),
      minNoticeMinutes: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
      earliestStart: fc.option(fc.integer({ min: 0, max: days * 24 }).map((h) => iso(now + h * H)), { nil: undefined }),
      expiresAt: fc.constant(iso(now + days * 24 * H + (seedBits[0] ? 7 * H : 0))),
      cadence: fc.option(
        fc.record({
          minDaysBetween: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
          maxPerWeek: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        }),
        { nil: undefined },
      ),
      preferences: fc.option(
        fc.record({
          weekdays: fc.option(fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }), { nil: undefined }),
          windows: fc.option(fc.array(localRange, { minLength: 1, maxLength: 2 }), { nil: undefined }),
          providerIds: fc.option(subset(pIds, 1), { nil: undefined }),
        }),
        { nil: undefined },
      ),
      slotStepMinutes: fc.option(fc.constantFrom(...STEPS), { nil: undefined }),
    });
  })
  .chain((r) => fc.tuple(fc.constant(r), fc.constantFrom("scarce", "generous", "generous", "mirrored")))
  .map(([r, mode]) => {
    const out: Record<string, unknown> = { ...r, clinics: [...r.clinics], services: [...r.services], providers: [...r.providers], sessions: [...r.sessions] };
    // Purely random data rarely lines up (hours, staff and services); most runs make it line up so that sessions
    // actually get placed and the interactions between them are exercised.
    if (mode !== "scarce") {
      const all = r.services.map((s) => s.id);
      out.clinics = r.clinics.map((c) => ({ ...c, serviceIds: all, hours: c.hours.length ? c.hours : [{ weekday: 2, start: "09:00", end: "17:00" }] }));
      out.providers = r.providers.map((p, i) => ({
        ...p,
        serviceIds: mode === "generous" || i > 0 ? all : p.serviceIds,
        availability:
          mode === "mirrored"
            ? (out.clinics as typeof r.clinics).flatMap((c) => c.hours.map((h) => ({ clinicId: c.id, ...h })))
            : p.availability.concat((out.clinics as typeof r.clinics).flatMap((c) => c.hours.slice(0, 3).map((h) => ({ clinicId: c.id, ...h })))),
      }));
    }
    for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
    return out as unknown as PlanRequest;
  });
