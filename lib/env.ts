import { z } from "zod";

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string")
    .optional(),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
  CADENCE_CURRENCY: z.string().length(3).default("GBP"),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** Reads configuration once; a bad value stops the server with the variable named, not a stack trace later. */
export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse({
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || undefined,
    CADENCE_CURRENCY: process.env.CADENCE_CURRENCY || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid configuration: ${issue.path.join(".")}: ${issue.message}`);
  }
  cached = parsed.data;
  return cached;
}

export function authSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) {
    throw new Error(
      "NEXTAUTH_SECRET is not set. `npm start` generates one for the embedded database; " +
        "in production set NEXTAUTH_SECRET to a long random string (e.g. `openssl rand -base64 32`).",
    );
  }
  return secret;
}
