import { latestToday, ZPatientSchema, type TPatientInput } from "@/lib/validations/patient";
import { refusesEach } from "./support";

const valid: TPatientInput = {
  firstName: " Anna ",
  lastName: "Smith",
  dateOfBirth: "1985-06-15",
  email: " Anna.Smith@Example.com ",
  phone: "+44 20 7946 0958",
  identifier: "cad-000123",
  notes: "",
  preferredClinicId: "",
  preferredWeekdays: [3, 1, 3],
  preferredWindows: [
    { start: "14:00", end: "17:00" },
    { start: "09:00", end: "12:00" },
  ],
  confirmDuplicate: false,
};

describe("ZPatientSchema", () => {
  test("normalises what staff typed", () => {
    expect(ZPatientSchema.parse(valid)).toEqual({
      firstName: "Anna",
      lastName: "Smith",
      dateOfBirth: "1985-06-15",
      email: "anna.smith@example.com",
      phone: "+44 20 7946 0958",
      identifier: "CAD-000123",
      notes: null,
      preferredClinicId: null,
      preferredWeekdays: [1, 3],
      preferredWindows: [
        { start: "09:00", end: "12:00" },
        { start: "14:00", end: "17:00" },
      ],
      weekdaysOnly: false,
      windowsOnly: false,
      unavailableDates: [],
      confirmDuplicate: false,
    });
  });

  test("contact details and preferences are optional", () => {
    const parsed = ZPatientSchema.parse({ ...valid, email: "", phone: "", preferredWeekdays: undefined, preferredWindows: undefined });
    expect(parsed).toMatchObject({ email: null, phone: null, preferredWeekdays: [], preferredWindows: [] });
  });

  test("touching windows are fine", () => {
    const parsed = ZPatientSchema.parse({ ...valid, preferredWindows: [{ start: "09:00", end: "12:00" }, { start: "12:00", end: "14:00" }] });
    expect(parsed.preferredWindows).toHaveLength(2);
  });

  test("a date of birth today is accepted", () => {
    expect(ZPatientSchema.safeParse({ ...valid, dateOfBirth: new Date().toISOString().slice(0, 10) }).success).toBe(true);
  });

  refusesEach(ZPatientSchema, valid, [
    ["a date of birth in the future", { dateOfBirth: "2999-01-01" }, "dateOfBirth", "The date of birth cannot be in the future."],
    ["a missing date of birth", { dateOfBirth: "" }, "dateOfBirth", "Enter the date of birth."],
    ["an impossible date of birth", { dateOfBirth: "1985-02-30" }, "dateOfBirth", "That date does not exist."],
    ["a date of birth before 1900", { dateOfBirth: "1885-01-01" }, "dateOfBirth", "Check the year: the date of birth is before 1900."],
    ["a bad email", { email: "anna@" }, "email", "Enter a valid email address, like name@example.com."],
    ["a phone with letters", { phone: "call me" }, "phone", "Enter a phone number using digits, spaces and + - ( )."],
    ["a missing first name", { firstName: "" }, "firstName", "Enter a first name."],
    ["a missing patient number", { identifier: " " }, "identifier", "Enter the patient number."],
    ["a patient number with spaces", { identifier: "CAD 1" }, "identifier", "Use letters, digits and dashes, like CAD-000123."],
    ["a weekday out of range", { preferredWeekdays: [8] }, "preferredWeekdays.0", "Pick a weekday."],
    [
      "overlapping preferred windows",
      { preferredWindows: [{ start: "09:00", end: "12:00" }, { start: "11:00", end: "13:00" }] },
      "preferredWindows.1.start",
      "Overlaps 09:00–12:00.",
    ],
    ["a window ending before it starts", { preferredWindows: [{ start: "12:00", end: "09:00" }] }, "preferredWindows.0.end", "The end must be after the start."],
    ["a window with an empty end", { preferredWindows: [{ start: "09:00", end: "" }] }, "preferredWindows.0.end", "Use 24-hour time, like 09:00 or 17:30."],
  ]);

  test("'today' is the latest date anywhere on Earth", () => {
    expect(latestToday(new Date("2026-03-01T10:00:00Z"))).toBe("2026-03-02");
    expect(latestToday(new Date("2026-03-01T09:59:00Z"))).toBe("2026-03-01");
  });
});
