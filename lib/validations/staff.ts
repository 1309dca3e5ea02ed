import { z } from "zod";
import { zIdSet, zName } from "@/lib/validations/common";
import { LIMITS } from "@/lib/validations/limits";

export const MIN_PASSWORD_LENGTH = 10;

export const zEmail = z
  .string({ message: "Enter an email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .max(LIMITS.emailLength, `Keep the email under ${LIMITS.emailLength} characters.`)
  .email("Enter a valid email address, like name@clinic.com.");

export const zNewPassword = z
  .string({ message: "Enter a password." })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(LIMITS.passwordLength, `Keep the password under ${LIMITS.passwordLength} characters.`);

export const zRole = z.enum(["ADMIN", "STAFF"], { message: "Pick a role." });

const zClinicIds = zIdSet(LIMITS.staffClinics, "clinics");

const staffFields = { name: zName("name"), email: zEmail, role: zRole, clinicIds: zClinicIds };

/** Staff act only in their clinics, so a staff account without one could do nothing. Admins act everywhere. */
const needsClinic = <T extends { role: "ADMIN" | "STAFF"; clinicIds: string[] }>(v: T) => v.role === "ADMIN" || v.clinicIds.length > 0;
const needsClinicIssue = { message: "Pick at least one clinic for a staff account.", path: ["clinicIds"] };

export const ZStaffCreateSchema = z.object({ ...staffFields, password: zNewPassword }).refine(needsClinic, needsClinicIssue);
export type TStaffCreateInput = z.input<typeof ZStaffCreateSchema>;
export type TStaffCreate = z.output<typeof ZStaffCreateSchema>;

export const ZStaffUpdateSchema = z.object(staffFields).refine(needsClinic, needsClinicIssue);
export type TStaffUpdateInput = z.input<typeof ZStaffUpdateSchema>;
export type TStaffUpdate = z.output<typeof ZStaffUpdateSchema>;

export const ZPasswordResetSchema = z.object({ password: zNewPassword });
export type TPasswordReset = z.output<typeof ZPasswordResetSchema>;

