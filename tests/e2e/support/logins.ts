import { DEMO_LOGINS } from "../../../prisma/seed/users";

export type Login = { email: string; password: string };

function demoLogin(email: string): Login {
  const login = DEMO_LOGINS.find((l) => l.email === email);
  if (!login) throw new Error(`No demo sign-in ${email} in prisma/seed/users.ts.`);
  return { email: login.email, password: login.password };
}

/** The demo data's sign-ins (the e2e tests run against a seeded database). */
export const ADMIN = demoLogin("admin@cadence.test");
/** The front desk of London Bridge and Manchester. */
export const STAFF = demoLogin("reception@cadence.test");
/** The front desk of New York only. */
export const NEW_YORK_STAFF = demoLogin("frontdesk.ny@cadence.test");
