import type { z } from "zod";
import { ZAlternativesSchema, ZAutoScheduleSchema, ZConfirmPlanSchema, ZPatientSearchSchema } from "@/lib/validations/booking";
import { ZCancelAppointmentSchema } from "@/lib/validations/appointment";
import { ZClinicSchema } from "@/lib/validations/clinic";
import { zMoneyMinor, zWeekday, zWeeklyIntervals } from "@/lib/validations/common";
import { LIMITS } from "@/lib/validations/limits";
import { ZPackageSchema } from "@/lib/validations/package";
import { ZPatientSchema } from "@/lib/validations/patient";
import { ZProviderSchema } from "@/lib/validations/provider";
import { ZServiceSchema } from "@/lib/validations/service";
import { skippedTimeMessage, wallClockToUtc } from "@/lib/time/zoned";
import { clinicForm } from "@/tests/factories/forms";

const service = { name: "Physiotherapy", durationMin: "45", bufferAfterMin: "15", price: "60.50", colour: "#2563eb", active: true };
const clinic = clinicForm();
const pkg = {
  name: "Six sessions",
  description: "",
  price: "300",
  validityDays: "90",
  active: true,
  saleEndsOn: "",
  items: [{ serviceId: "svc1", sessions: "6" }],
  defaultClinicId: "",
  providerIds: [],
  minDaysBetween: "",
  maxPerWeek: "",
  maxActivePerPatient: "",
};
const provider = { name: "Dr Ada Lee", title: "", active: true, serviceIds: [], clinicIds: ["c1"], availability: [], timeOff: [] };
const session = { serviceId: "s", providerId: "p", clinicId: "c", start: "2027-01-04T09:00:00Z" };
const key = "0b6f6d2e-6f1e-4c39-9a8e-5d6f0c1a2b3c";

function fieldError(schema: z.ZodType, input: unknown, field: string): string | undefined {
  const result = schema.safeParse(input);
  return result.error?.issues.find((i) => i.path.join(".") === field)?.message;
}

const week = (n: number) => Array.from({ length: n }, (_, i) => ({ weekday: (i % 7) + 1, start: "09:00", end: "10:00" }));

describe("numbers from forms: only strings are coerced", () => {
  test.each([null, true, false, [], {}, [5]])("a duration of %j is refused with a field error, not saved as 0 or 1", (value) => {
    expect(fieldError(ZServiceSchema, { ...service, durationMin: value }, "durationMin")).toBe("Enter the duration in whole minutes.");
  });

  test.each([null, true, []])("%j is refused for the buffer, the late-cancel window, validity, sessions and weekdays", (value) => {
    expect(fieldError(ZServiceSchema, { ...service, bufferAfterMin: value }, "bufferAfterMin")).toBe("Enter the buffer in whole minutes.");
    expect(fieldError(ZClinicSchema, { ...clinic, lateCancelWindowHours: value }, "lateCancelWindowHours")).toBe(
      "Enter the window in whole hours.",
    );
    expect(fieldError(ZPackageSchema, { ...pkg, validityDays: value }, "validityDays")).toBe("Enter the validity in days as a whole number.");
    expect(fieldError(ZPackageSchema, { ...pkg, items: [{ serviceId: "svc1", sessions: value }] }, "items.0.sessions")).toBe(
      "Enter the number of sessions as a whole number.",
    );
    expect(zWeekday.safeParse(value).error?.issues[0].message).toBe("Pick a weekday.");
    expect(fieldError(ZAutoScheduleSchema, { purchaseId: "p", clinicIds: ["c"], providerIds: ["p"], count: value }, "count")).toBe(
      "Enter a whole number of sessions.",
    );
  });

  test("digits as strings are read as numbers; blanks, hex and exponents are not", () => {
    expect(ZServiceSchema.parse({ ...service, durationMin: " 45 ", bufferAfterMin: "0" })).toMatchObject({ durationMin: 45, bufferAfterMin: 0 });
    expect(ZServiceSchema.parse({ ...service, durationMin: 45 })).toMatchObject({ durationMin: 45 });
    for (const text of ["", "0x10", "1e3", "4.5", "45 min"]) {
      expect(fieldError(ZServiceSchema, { ...service, durationMin: text }, "durationMin")).toBe("Enter the duration in whole minutes.");
    }
    expect(fieldError(ZServiceSchema, { ...service, durationMin: "1441" }, "durationMin")).toBe("The duration must be at most 1440 minutes (a day).");
  });
});

describe("prices are bounded by the domain (and so never overflow the integer column)", () => {
  test("at most 1,000,000; above it, or above the column's 21,474,836.47, is a field error", () => {
    expect(zMoneyMinor.parse("1000000")).toBe(100_000_000);
    expect(zMoneyMinor.parse("£1,000,000.00")).toBe(100_000_000);
    for (const price of ["1000000.01", "21474836.48", "99999999999999", 21474836.48]) {
      expect(zMoneyMinor.safeParse(price).error?.issues[0].message).toBe("The price must be at most 1,000,000.");
    }
    expect(fieldError(ZServiceSchema, { ...service, price: "21474836.48" }, "price")).toBe("The price must be at most 1,000,000.");
    expect(fieldError(ZPackageSchema, { ...pkg, price: "21474836.48" }, "price")).toBe("The price must be at most 1,000,000.");
  });

  test.each([
    ["null", null],
    ["true", true],
    ["[]", []],
    ["5,000 digits", "1".repeat(5000)],
  ])("a price of %s is refused", (_, price) => {
    expect(fieldError(ZServiceSchema, { ...service, price: price }, "price")).toBe("Enter an amount like 420 or 420.50.");
  });
});

describe("every list and text an action accepts has a maximum length", () => {
  test("a week holds at most 70 intervals; 1,000 and 3,000 are refused at once, without comparing pairs", () => {
    expect(zWeeklyIntervals.safeParse(week(LIMITS.weeklyIntervals)).success).toBe(false); // 10 identical a day overlap…
    const fine = Array.from({ length: 70 }, (_, i) => ({ weekday: (i % 7) + 1, start: `${String(Math.floor(i / 7) + 8).padStart(2, "0")}:00`, end: `${String(Math.floor(i / 7) + 8).padStart(2, "0")}:30` }));
    expect(zWeeklyIntervals.safeParse(fine).success).toBe(true); // …10 apart a day do not.
    for (const n of [71, 1000, 3000]) {
      const started = performance.now();
      const result = zWeeklyIntervals.safeParse(week(n));
      expect(performance.now() - started).toBeLessThan(100);
      expect(result.error!.issues).toEqual([expect.objectContaining({ path: [], message: "Keep to at most 70 intervals a week." })]);
    }
    expect(fieldError(ZClinicSchema, { ...clinic, hours: week(1000) }, "hours")).toBe("Keep to at most 70 intervals a week.");
  });

  test("a provider's availability: at most 50 clinics and 100 intervals in all; at most 100 time-off periods", () => {
    const clinicIds = Array.from({ length: 51 }, (_, i) => `c${i}`);
    const availability = clinicIds.map((clinicId) => ({ clinicId, intervals: [{ weekday: 1, start: "09:00", end: "10:00" }] }));
    expect(fieldError(ZProviderSchema, { ...provider, clinicIds, availability }, "availability")).toBe("Give hours for at most 50 clinics.");
    expect(fieldError(ZProviderSchema, { ...provider, clinicIds }, "clinicIds")).toBe("Pick at most 50 clinics.");
    const many = clinicIds.slice(0, 4).map((clinicId) =>
      ({ clinicId, intervals: Array.from({ length: 60 }, (_, i) => ({ weekday: (i % 7) + 1, start: `${String(Math.floor(i / 7) + 8).padStart(2, "0")}:00`, end: `${String(Math.floor(i / 7) + 8).padStart(2, "0")}:30` })) }));
    expect(fieldError(ZProviderSchema, { ...provider, clinicIds: clinicIds.slice(0, 4), availability: many }, "availability")).toBe(
      "Keep to at most 100 weekly hours intervals across all clinics.",
    );
    const timeOff = Array.from({ length: 101 }, () => ({ startsAt: "2027-01-10T08:00", endsAt: "2027-01-10T12:00", reason: "" }));
    expect(fieldError(ZProviderSchema, { ...provider, timeOff }, "timeOff")).toBe("Keep to at most 100 time-off periods.");
  });

  test("closures, package items and picked ids", () => {
    const closures = Array.from({ length: 201 }, (_, i) => ({ date: new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10), reason: "" }));
    expect(fieldError(ZClinicSchema, { ...clinic, closures }, "closures")).toBe("Keep to at most 200 closures.");
    const serviceIds = Array.from({ length: 501 }, (_, i) => `s${i}`);
    expect(fieldError(ZClinicSchema, { ...clinic, serviceIds }, "serviceIds")).toBe("Pick at most 500 services.");
    const items = Array.from({ length: 21 }, (_, i) => ({ serviceId: `s${i}`, sessions: "1" }));
    expect(fieldError(ZPackageSchema, { ...pkg, items }, "items")).toBe("A package can hold at most 20 services.");
    expect(fieldError(ZPackageSchema, { ...pkg, providerIds: serviceIds }, "providerIds")).toBe("Pick at most 500 providers.");
  });

  test("names, notes, reasons, searches and ids", () => {
    expect(fieldError(ZServiceSchema, { ...service, name: "x".repeat(121) }, "name")).toBe("Keep the service name under 120 characters.");
    const patient = { firstName: "Ada", lastName: "Lee", dateOfBirth: "1990-01-01", identifier: "CAD-1", notes: "x".repeat(4001) };
    expect(fieldError(ZPatientSchema, patient, "notes")).toBe("Keep this under 4000 characters.");
    expect(fieldError(ZCancelAppointmentSchema, { appointmentId: "a", reason: "x".repeat(501) }, "reason")).toBe("Keep the reason under 500 characters.");
    expect(ZPatientSearchSchema.safeParse("x".repeat(101)).error?.issues[0].message).toBe("Keep the search under 100 characters.");
    expect(fieldError(ZCancelAppointmentSchema, { appointmentId: "a".repeat(65), reason: "Ill" }, "appointmentId")).toBe("Invalid id.");
  });

  test("booking: sessions, clinics, providers, moved sessions, index and idempotency key", () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `id${i}`);
    const plan = { purchaseId: "p", idempotencyKey: key, sessions: [session] };
    expect(ZConfirmPlanSchema.safeParse(plan).success).toBe(true);
    expect(fieldError(ZConfirmPlanSchema, { ...plan, sessions: Array(201).fill(session) }, "sessions")).toBe("A plan can hold at most 200 sessions.");
    expect(fieldError(ZConfirmPlanSchema, { ...plan, moveAppointmentIds: ids(201) }, "moveAppointmentIds")).toBe("Move at most 200 sessions at once.");
    expect(fieldError(ZConfirmPlanSchema, { ...plan, idempotencyKey: "k".repeat(101) }, "idempotencyKey")).toBe(
      "Invalid request key; close the window and start again.",
    );
    const auto = { purchaseId: "p", clinicIds: ["c"], providerIds: ["p"] };
    expect(fieldError(ZAutoScheduleSchema, { ...auto, clinicIds: ids(101) }, "clinicIds")).toBe("Choose at most 100 clinics.");
    expect(fieldError(ZAutoScheduleSchema, { ...auto, providerIds: ids(101) }, "providerIds")).toBe("Choose at most 100 providers.");
    expect(ZAlternativesSchema.safeParse({ ...auto, sessions: [session], index: 200 }).success).toBe(false);
  });
});

describe("local times that do not exist", () => {
  test("01:30 on 28 March 2027 in London falls in the hour the clocks skip; the sentence says why", () => {
    expect(wallClockToUtc("2027-03-28T01:30", "Europe/London")).toBeNull();
    expect(wallClockToUtc("2027-03-28T00:59", "Europe/London")).toEqual(new Date("2027-03-28T00:59:00Z"));
    expect(wallClockToUtc("2027-03-28T02:00", "Europe/London")).toEqual(new Date("2027-03-28T01:00:00Z"));
    expect(wallClockToUtc("2026-03-08T02:30", "America/New_York")).toBeNull();
    expect(skippedTimeMessage("2027-03-28T01:30", "Europe/London")).toBe(
      "01:30 on 28 March 2027 does not exist in Europe/London: the clocks go forward and skip that time. Choose a time before or after the change.",
    );
  });
});
