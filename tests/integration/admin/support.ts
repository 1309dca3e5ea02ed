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

/** An action's answer to input that fails validation: every field's message, and nothing else. */
export function invalidInput(fieldErrors: Record<string, string>) {
  return { ok: false, error: { code: "INVALID_INPUT", message: "Please correct the highlighted fields.", fieldErrors } };
}

/**
 * The signed-in `admin` deactivates a row and then reactivates it: the deactivation answers `{ ok: true, data }`
 * (`data` defaults to `{ id }`), the row reads inactive in between and active after, and the audit says both, in
 * order, by that admin. The row is never deleted: `active` reads it.
 */
export async function expectDeactivateAndReactivate(
  prisma: AppPrismaClient,
  o: { entity: string; id: string; admin: { id: string }; setActive: (input: { id: string; active: boolean }) => Promise<unknown>; active: () => Promise<boolean>; data?: object },
) {
  expect(await o.setActive({ id: o.id, active: false })).toEqual({ ok: true, data: o.data ?? { id: o.id } });
  expect(await o.active()).toBe(false);
  expect(await o.setActive({ id: o.id, active: true })).toMatchObject({ ok: true });
  expect(await o.active()).toBe(true);
  const audit = await prisma.auditLog.findMany({ orderBy: { at: "asc" } });
  expect(audit.map((a) => [a.action, a.actorId])).toEqual([
    [`${o.entity}.deactivated`, o.admin.id],
    [`${o.entity}.reactivated`, o.admin.id],
  ]);
}
