import type { AppPrismaClient } from "@/lib/database/client";
import { buildAppointment, buildClinic, buildProvider, buildService, buildUser } from "@/tests/factories";
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
  o: { entity: string; id: string; admin: { id: string }; setActive: SetActive; active: () => Promise<boolean>; data?: object },
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

type SetActive = (input: { id: string; active: boolean }) => Promise<unknown>;

/** The rows whose deactivation must keep their appointments: how to build one, link an appointment to it, read it. */
const BOOKABLE = {
  clinic: {
    build: buildClinic,
    link: (id: string) => ({ clinicId: id }),
    active: async (prisma: AppPrismaClient, id: string) => (await prisma.clinic.findUniqueOrThrow({ where: { id } })).active,
  },
  service: {
    build: buildService,
    link: (id: string) => ({ serviceId: id }),
    active: async (prisma: AppPrismaClient, id: string) => (await prisma.service.findUniqueOrThrow({ where: { id } })).active,
  },
  provider: {
    build: buildProvider,
    link: (id: string) => ({ providerId: id }),
    active: async (prisma: AppPrismaClient, id: string) => (await prisma.provider.findUniqueOrThrow({ where: { id } })).active,
  },
};

/** A clinic, service or provider with an appointment is deactivated and reactivated by an admin (audited); the appointment stays. */
export async function expectDeactivationKeepsAppointments(prisma: AppPrismaClient, entity: keyof typeof BOOKABLE, setActive: SetActive) {
  const { build, link, active } = BOOKABLE[entity];
  const admin = await signInAdmin(prisma);
  const row = await build(prisma);
  await buildAppointment(prisma, link(row.id));
  await expectDeactivateAndReactivate(prisma, { entity, id: row.id, admin, setActive, active: () => active(prisma, row.id) });
  expect(await prisma.appointment.count({ where: link(row.id) })).toBe(1);
}

/** Staff and anonymous callers of a set-active action are turned away, and the row stays active with nothing audited. */
export async function expectSetActiveAdminOnly(prisma: AppPrismaClient, entity: keyof typeof BOOKABLE, setActive: SetActive) {
  const { build, active } = BOOKABLE[entity];
  const row = await build(prisma);
  await expectAdminOnly(prisma, () => setActive({ id: row.id, active: false }));
  expect(await active(prisma, row.id)).toBe(true);
  expect(await prisma.auditLog.count()).toBe(0);
}
