import { z } from "zod";
import { LIMITS } from "@/lib/validations/limits";

export const ZLoginSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address.")
    .max(LIMITS.emailLength, "That email address is too long.")
    .email("Enter a valid email address, like name@clinic.com."),
  password: z.string().min(1, "Enter your password.").max(LIMITS.passwordLength, "That password is too long."),
});
export type TLogin = z.infer<typeof ZLoginSchema>;
