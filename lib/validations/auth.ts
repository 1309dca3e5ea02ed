import { z } from "zod";
import { LIMITS } from "@/lib/validations/limits";
import { zNewPassword } from "@/lib/validations/staff";

export const ZLoginSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address.")
    .max(LIMITS.emailLength, "That email address is too long.")
    .email("Enter a valid email address, like name@clinic.com."),
  password: z.string().min(1, "Enter your password.").max(LIMITS.passwordLength, "That password is too long."),
});

export const ZPasswordChangeSchema = z
  .object({
    currentPassword: z.string({ message: "Enter your current password." }).min(1, "Enter your current password.").max(LIMITS.passwordLength, "That password is too long."),
    newPassword: zNewPassword,
    confirmPassword: z.string({ message: "Repeat the new password." }).max(LIMITS.passwordLength, "That password is too long."),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "The two new passwords differ.", path: ["confirmPassword"] })
  .refine((v) => v.newPassword !== v.currentPassword, { message: "Choose a password different from the current one.", path: ["newPassword"] });
export type TPasswordChangeInput = z.input<typeof ZPasswordChangeSchema>;
export type TPasswordChange = z.output<typeof ZPasswordChangeSchema>;
