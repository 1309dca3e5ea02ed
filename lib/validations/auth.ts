import { z } from "zod";

export const ZLoginSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address.").email("Enter a valid email address, like name@clinic.com."),
  password: z.string().min(1, "Enter your password.").max(200, "That password is too long."),
});
export type TLogin = z.infer<typeof ZLoginSchema>;
