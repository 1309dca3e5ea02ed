import { availabilityOutsideHours } from "@/lib/providers/outside-hours";
import { timeOffZone, ZProviderSchema } from "@/lib/validations/provider";
import { issuesOf } from "./support";

const valid = {
  name: "Dr Ada Lee",
  title: "Physiotherapist",
  active: true,
  serviceIds: ["svc1"],
  clinicIds: ["c1", "c2"],
  availability: [{ clinicId: "c1", intervals: [{ weekday: 1, start: "09:00", end: "13:00" }, { weekday: 1, start: "14:00", end: "17:00" }] }],
  timeOff: [{ startsAt: "2026-03-29T00:00", endsAt: "2026-04-03T23:59", reason: "Leave" }],
};

const issues = issuesOf(ZProviderSchema, valid);

describe("ZProviderSchema", () => {
  test("accepts a provider with per-clinic hours and time off; an empty title becomes null", () => {
    expect(ZProviderSchema.parse({ ...valid, title: " " })).toMatchObject({ title: null, clinicIds: ["c1", "c2"] });
  });

  test("a name is required", () => {
    expect(issues({ name: "" })).toEqual({ name: "Enter a name." });
  });

  test("availability at a clinic the provider does not work at is refused", () => {
    expect(issues({ clinicIds: ["c2"] })).toEqual({
      "availability.0.clinicId": "This provider does not work at this clinic. Tick it under “Works at”, or remove these hours.",
    });
  });

  test("the same clinic's hours given twice are refused", () => {
    const twice = [valid.availability[0], { clinicId: "c1", intervals: [] }];
    expect(issues({ availability: twice })).toEqual({ "availability.1.clinicId": "This clinic's hours are given twice." });
  });

  test("an interval ending before it starts is refused", () => {
    const availability = [{ clinicId: "c1", intervals: [{ weekday: 2, start: "17:00", end: "09:00" }] }];
    expect(issues({ availability })).toEqual({ "availability.0.intervals.0.end": "The end must be after the start." });
  });

  test("overlapping intervals on one weekday at one clinic are refused", () => {
    const availability = [{ clinicId: "c1", intervals: [{ weekday: 3, start: "09:00", end: "13:00" }, { weekday: 3, start: "12:00", end: "15:00" }] }];
    expect(issues({ availability })).toEqual({ "availability.0.intervals.1.start": "Overlaps Wednesday 09:00–13:00." });
  });

  test("the same hours at two different clinics are not an overlap", () => {
    const intervals = [{ weekday: 3, start: "09:00", end: "13:00" }];
    expect(issues({ availability: [{ clinicId: "c1", intervals }, { clinicId: "c2", intervals }] })).toEqual({});
  });

  test("time off ending before it starts is refused", () => {
    expect(issues({ timeOff: [{ startsAt: "2026-04-03T10:00", endsAt: "2026-04-03T09:00", reason: "" }] })).toEqual({
      "timeOff.0.endsAt": "The end must be after the start.",
    });
  });

  test("time off needs a real date and time", () => {
    expect(issues({ timeOff: [{ startsAt: "", endsAt: "2026-04-03T09:00", reason: "" }] })).toEqual({ "timeOff.0.startsAt": "Enter a date and time." });
    expect(issues({ timeOff: [{ startsAt: "2026-02-30T09:00", endsAt: "2026-03-03T09:00", reason: "" }] })).toEqual({
      "timeOff.0.startsAt": "Enter a real date and time.",
    });
  });
});

describe("timeOffZone", () => {
  const clinics = [
    { id: "b", name: "Bristol", timeZone: "Europe/London" },
    { id: "a", name: "Athens", timeZone: "Europe/Athens" },
  ];
  test("uses the zone of the provider's first clinic by name", () => {
    expect(timeOffZone(clinics, ["b", "a"])).toEqual({ timeZone: "Europe/Athens", clinicName: "Athens" });
    expect(timeOffZone(clinics, ["b"])).toEqual({ timeZone: "Europe/London", clinicName: "Bristol" });
  });
  test("falls back to UTC for a provider without clinics", () => {
    expect(timeOffZone(clinics, [])).toEqual({ timeZone: "UTC", clinicName: null });
  });
});

describe("availabilityOutsideHours", () => {
  const clinic = { id: "c1", name: "Bristol", hours: [{ weekday: 1, start: 480, end: 720 }, { weekday: 1, start: 720, end: 1080 }] };
  test("availability within (touching) opening intervals is not flagged", () => {
    expect(availabilityOutsideHours([{ clinicId: "c1", intervals: [{ weekday: 1, start: 540, end: 1020 }] }], [clinic])).toEqual([]);
  });
  test("availability before opening or on a closed day is flagged with the clinic's hours", () => {
    const flagged = availabilityOutsideHours(
      [{ clinicId: "c1", intervals: [{ weekday: 1, start: 420, end: 600 }, { weekday: 6, start: 600, end: 660 }] }],
      [clinic],
    );
    expect(flagged).toEqual([
      { clinicId: "c1", clinicName: "Bristol", interval: "Monday 07:00–10:00", clinicHours: "open 08:00–12:00, 12:00–18:00" },
      { clinicId: "c1", clinicName: "Bristol", interval: "Saturday 10:00–11:00", clinicHours: "closed" },
    ]);
  });
});
