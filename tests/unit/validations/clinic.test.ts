import { ZClinicSchema } from "@/lib/validations/clinic";
import { clinicForm } from "@/tests/factories/forms";
import { issuesOf } from "./support";

const valid = clinicForm({
  hours: [{ weekday: 1, start: "08:00", end: "12:00" }, { weekday: 1, start: "13:00", end: "18:00" }],
  closures: [{ date: "2026-12-25", reason: "Christmas Day" }],
  serviceIds: ["s1", "s1"],
});

const issues = issuesOf(ZClinicSchema, valid);

describe("ZClinicSchema", () => {
  test("parses a clinic; duplicate service ids collapse and empty text becomes null", () => {
    expect(ZClinicSchema.parse({ ...valid, address: "", phone: "" })).toMatchObject({
      address: null,
      phone: null,
      serviceIds: ["s1"],
      lateCancelWindowHours: 24,
      noShowForfeits: false,
    });
  });

  test("a name is required", () => {
    expect(issues({ name: " " })).toEqual({ name: "Enter a clinic name." });
  });

  test("an unknown time zone is refused", () => {
    expect(issues({ timeZone: "Europe/Bristol" })).toEqual({ timeZone: "Pick a time zone from the list, like Europe/London." });
  });

  test("opening hours ending before they start are refused", () => {
    expect(issues({ hours: [{ weekday: 2, start: "18:00", end: "08:00" }] })).toEqual({ "hours.0.end": "The end must be after the start." });
  });

  test("overlapping opening hours on one day are refused", () => {
    expect(issues({ hours: [{ weekday: 5, start: "08:00", end: "12:00" }, { weekday: 5, start: "11:30", end: "13:00" }] })).toEqual({
      "hours.1.start": "Overlaps Friday 08:00–12:00.",
    });
  });

  test("a closure needs a real date, once", () => {
    expect(issues({ closures: [{ date: "", reason: "" }] })).toEqual({ "closures.0.date": "Enter a date." });
    expect(issues({ closures: [{ date: "2026-02-30", reason: "" }] })).toEqual({ "closures.0.date": "Enter a real date." });
    expect(issues({ closures: [{ date: "2026-12-25", reason: "" }, { date: "2026-12-25", reason: "again" }] })).toEqual({
      "closures.1.date": "This date is already listed.",
    });
  });

  test("the late-cancel window is whole, non-negative hours", () => {
    expect(issues({ lateCancelWindowHours: "-1" })).toEqual({ lateCancelWindowHours: "The late-cancel window cannot be negative." });
    expect(issues({ lateCancelWindowHours: "1.5" })).toEqual({ lateCancelWindowHours: "Enter the window in whole hours." });
    expect(issues({ lateCancelWindowHours: "1000" })).toEqual({ lateCancelWindowHours: "The late-cancel window must be at most 720 hours (30 days)." });
  });

  test("a phone number must look like one, written the way the clinic's country writes it", () => {
    expect(issues({ phone: "call us" })).toEqual({ phone: "Enter a phone number, like 0117 496 0000 or (212) 555-0147." });
    expect(issues({ phone: "()" })).toEqual({ phone: "Enter a phone number, like 0117 496 0000 or (212) 555-0147." });
    for (const phone of ["0117 496 0000", "+44 117 496 0000", "(212) 555-0147", "+1 (212) 555-0147", "212.555.0147"]) {
      expect(issues({ phone })).toEqual({});
    }
  });
});
