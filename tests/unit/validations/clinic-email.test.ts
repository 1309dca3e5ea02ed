import { ZClinicSchema } from "@/lib/validations/clinic";
import { clinicForm } from "@/tests/factories/forms";
import { issuesOf } from "./support";

const valid = clinicForm();

const issues = issuesOf(ZClinicSchema, valid);

describe("clinic e-mail settings", () => {
  test("default when absent: reminders 24 h before, no sender name or reply-to", () => {
    expect(ZClinicSchema.parse(valid)).toMatchObject({ reminderHours: 24, emailSenderName: null, emailReplyTo: null });
  });
  test("parsed when given", () => {
    expect(ZClinicSchema.parse({ ...valid, reminderHours: "48", emailSenderName: " Harbourside Physio ", emailReplyTo: "desk@harbour.example" })).toMatchObject({
      reminderHours: 48,
      emailSenderName: "Harbourside Physio",
      emailReplyTo: "desk@harbour.example",
    });
  });
  test("out of range or malformed values are refused with a sentence", () => {
    expect(issues({ reminderHours: "0" })).toEqual({ reminderHours: "Reminders go out at least 1 hour before." });
    expect(issues({ reminderHours: "337" })).toEqual({ reminderHours: "Reminders go out at most 336 hours (14 days) before." });
    expect(issues({ reminderHours: "1.5" })).toEqual({ reminderHours: "Enter the reminder time in whole hours." });
    expect(issues({ emailReplyTo: "nope" })).toEqual({ emailReplyTo: "Enter an e-mail address, like desk@clinic.example." });
  });
  test("the language is not the general form's: only Language and currency writes it", () => {
    expect(ZClinicSchema.parse({ ...valid, locale: "en-US" })).not.toHaveProperty("locale");
  });
});
