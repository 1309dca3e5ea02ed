import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { buildClinic, buildUser } from "@/tests/factories";
import { signInAs } from "@/tests/support/session";
import { useAppDatabase } from "@/tests/support/use-app-database";

// Every server action of the app, found on disk: a new actions file is covered without anyone listing it here.
const APP = join(process.cwd(), "app");
function actionFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return actionFiles(path);
    return entry === "actions.ts" ? [path] : [];
  });
}

type Action = (...args: unknown[]) => Promise<{ ok: boolean; error?: { code: string } }>;
// Public by design: the unsubscribe link's signed token is its only credential (its rules are proven in
// tests/integration/notifications/unsubscribe.int.test.ts); below it is only checked to change nothing without one.
const PUBLIC_ACTIONS = new Set([join("unsubscribe", "actions.ts")]);
const files = actionFiles(APP).filter((f) => !PUBLIC_ACTIONS.has(relative(APP, f)));
const isAdmin = (file: string) => relative(APP, file).startsWith("admin");

const db = useAppDatabase();

async function actionsOf(file: string): Promise<[string, Action][]> {
  const mod = (await import(file)) as Record<string, unknown>;
  return Object.entries(mod).filter((e): e is [string, Action] => typeof e[1] === "function");
}

async function tableCounts(): Promise<number[]> {
  return Promise.all([
    db.prisma.packagePurchase.count(),
    db.prisma.appointment.count(),
    db.prisma.auditLog.count(),
    db.prisma.clinic.count(),
    db.prisma.service.count(),
    db.prisma.provider.count(),
    db.prisma.package.count(),
    db.prisma.patient.count(),
    db.prisma.user.count(),
  ]);
}

describe("every server action checks the session itself", () => {
  test("the app has actions to check", () => {
    expect(files.map((f) => relative(APP, f))).toEqual(expect.arrayContaining([join("(staff)", "booking", "actions.ts")]));
  });

  test.each(files.map((f) => [relative(APP, f), f]))("%s: anonymous calls are refused and change nothing", async (_name, file) => {
    const actions = await actionsOf(file);
    expect(actions.length).toBeGreaterThan(0);
    signInAs(null);
    const before = await tableCounts();
    for (const [name, action] of actions) {
      const result = await action({}, new FormData());
      expect([name, result.ok, result.error?.code]).toEqual([name, false, "UNAUTHENTICATED"]);
    }
    expect(await tableCounts()).toEqual(before);
  });

  test.each(files.filter(isAdmin).map((f) => [relative(APP, f), f]))("%s: staff calls are refused and change nothing", async (_name, file) => {
    const clinic = await buildClinic(db.prisma);
    const staff = await buildUser(db.prisma, { role: "STAFF", memberships: { create: [{ clinicId: clinic.id }] } });
    signInAs(staff);
    const before = await tableCounts();
    for (const [name, action] of await actionsOf(file)) {
      const result = await action({}, new FormData());
      expect([name, result.ok, result.error?.code]).toEqual([name, false, "FORBIDDEN"]);
    }
    expect(await tableCounts()).toEqual(before);
  });
});

describe("the public unsubscribe action", () => {
  test("called anonymously without a valid token, it changes nothing and answers with the invalid-link page", async () => {
    const { unsubscribe } = await import("@/app/unsubscribe/actions");
    signInAs(null);
    const before = await tableCounts();
    const forged = new FormData();
    forged.set("token", "forged.token");
    for (const input of [{}, new FormData(), forged]) {
      const thrown = await unsubscribe(input as FormData).then(() => null, (e: unknown) => e as { digest?: string });
      expect(thrown?.digest).toEqual(expect.stringContaining("error="));
    }
    expect(await tableCounts()).toEqual(before);
    expect(await db.prisma.patient.count({ where: { emailOptOut: true } })).toBe(0);
  });
});
