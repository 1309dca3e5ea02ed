import { ZPasswordResetSchema, ZStaffCreateSchema, ZStaffUpdateSchema, type TStaffCreateInput } from "@/lib/validations/staff";
import { fieldErrorsOf } from "@/lib/validation-errors";
import { refusesEach } from "./support";

const valid: TStaffCreateInput = {
  name: "Sam Reed",
  email: "  Sam.Reed@Clinic.TEST ",
  role: "STAFF",
  clinicIds: ["c1", "c2", "c1"],
  password: "a-long-password",
};

describe("staff schemas", () => {
  test("emails are stored lowercase and clinics once", () => {
    expect(ZStaffCreateSchema.parse(valid)).toEqual({
      name: "Sam Reed",
      email: "sam.reed@clinic.test",
      role: "STAFF",
      clinicIds: ["c1", "c2"],
      password: "a-long-password",
    });
  });

  test("an admin needs no clinic", () => {
    expect(ZStaffCreateSchema.safeParse({ ...valid, role: "ADMIN", clinicIds: [] }).success).toBe(true);
  });

  refusesEach(ZStaffCreateSchema, valid, [
    ["a short password", { password: "short" }, "password", "Use at least 10 characters."],
    ["a bad email", { email: "sam@" }, "email", "Enter a valid email address, like name@clinic.com."],
    ["an empty email", { email: "" }, "email", "Enter an email address."],
    ["an unknown role", { role: "OWNER" as "ADMIN" }, "role", "Pick a role."],
    ["a missing name", { name: "" }, "name", "Enter a name."],
    ["a staff account without a clinic", { clinicIds: [] }, "clinicIds", "Pick at least one clinic for a staff account."],
  ]);

  test("editing needs no password; resetting needs a long one", () => {
    expect(ZStaffUpdateSchema.safeParse({ name: valid.name, email: valid.email, role: valid.role, clinicIds: valid.clinicIds }).success).toBe(true);
    expect(fieldErrorsOf(ZPasswordResetSchema.safeParse({ password: "123456789" }).error!).password).toBe("Use at least 10 characters.");
  });
});
