import type { AppPrismaClient } from "@/lib/database/client";
import { buildUser } from "@/tests/factories";
import { signInAs } from "@/tests/support/session";

/** Signs in a fresh admin (the caller of every admin action) and returns it, e.g. to check audit rows. */
export async function signInAdmin(prisma: AppPrismaClient, overrides: { email?: string } = {}) {
  const admin = await buildUser(prisma, { role: "ADMIN", ...overrides });
  signInAs(admin);
  return admin;
}

/** The action turns away a staff member (FORBIDDEN) and a caller without a session (UNAUTHENTICATED). */
export async function expectAdminOnly(prisma: AppPrismaClient, call: () => Promise<unknown>) {
  signInAs(await buildUser(prisma, { role: "STAFF" }));
  expect(await call()).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  signInAs(null);
  expect(await call()).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
}
