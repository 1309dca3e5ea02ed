import { createServiceAction, setServiceActiveAction, updateServiceAction } from "@/app/admin/services/actions";
import { buildService, buildUser } from "@/tests/factories";
import { signInAs } from "@/tests/support/session";
import { useAppDatabase } from "@/tests/support/use-app-database";
import { expectAdminOnly, expectDeactivationKeepsAppointments, invalidInput, signInAdmin } from "./support";

const db = useAppDatabase();
const input = { name: "Sports massage", durationMin: "45", bufferAfterMin: "10", price: "55.00", colour: "#16a34a", active: true };

describe("createServiceAction", () => {
  test("creates the service and one audit row by the acting admin", async () => {
    const admin = await signInAdmin(db.prisma);
    const result = await createServiceAction(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await db.prisma.service.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row).toMatchObject({ name: "Sports massage", durationMin: 45, bufferAfterMin: 10, priceMinor: 5500, colour: "#16a34a", active: true });
    const audit = await db.prisma.auditLog.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, action: "service.created", entityType: "Service", entityId: row.id });
  });

  test("bad input returns field errors and writes nothing", async () => {
    await signInAdmin(db.prisma);
    const result = await createServiceAction({ ...input, durationMin: "0", bufferAfterMin: "-1", price: "-3", colour: "red" });
    expect(result).toEqual(
      invalidInput({
        durationMin: "The duration must be at least 1 minute.",
        bufferAfterMin: "The buffer cannot be negative.",
        price: "The price cannot be negative.",
        colour: "Pick a colour, written like #2563eb.",
      }),
    );
    expect(await db.prisma.service.count()).toBe(0);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  test("a duplicate name is a conflict on the name field, and nothing is written", async () => {
    await signInAdmin(db.prisma);
    await buildService(db.prisma, { name: "Sports massage" });
    const result = await createServiceAction(input);
    expect(result).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", fieldErrors: { name: "There is already a service called “Sports massage”. Pick another name." } },
    });
    expect(await db.prisma.service.count()).toBe(1);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  test("staff are refused and nothing is written", async () => {
    signInAs(await buildUser(db.prisma, { role: "STAFF" }));
    expect(await createServiceAction(input)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await db.prisma.service.count()).toBe(0);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  test("an anonymous caller is refused and nothing is written", async () => {
    signInAs(null);
    expect(await createServiceAction(input)).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await db.prisma.service.count()).toBe(0);
  });
});

describe("updateServiceAction", () => {
  test("saves the changes and audits only the changed fields", async () => {
    const admin = await signInAdmin(db.prisma);
    const service = await buildService(db.prisma, { name: "Massage", durationMin: 60, priceMinor: 6000, colour: "#2563eb" });
    const result = await updateServiceAction({ ...input, id: service.id, name: "Massage", durationMin: "30", price: "60", colour: "#2563eb", bufferAfterMin: "0" });
    expect(result).toEqual({ ok: true, data: { id: service.id } });
    expect(await db.prisma.service.findUniqueOrThrow({ where: { id: service.id } })).toMatchObject({ durationMin: 30 });
    const audit = await db.prisma.auditLog.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, action: "service.updated", details: { durationMin: { from: 60, to: 30 } } });
  });

  test("bad input changes nothing", async () => {
    await signInAdmin(db.prisma);
    const service = await buildService(db.prisma, { durationMin: 60 });
    const result = await updateServiceAction({ ...input, id: service.id, durationMin: "-5" });
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID_INPUT", fieldErrors: { durationMin: "The duration must be at least 1 minute." } } });
    expect(await db.prisma.service.findUniqueOrThrow({ where: { id: service.id } })).toMatchObject({ durationMin: 60 });
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  test("staff and anonymous callers change nothing", async () => {
    const service = await buildService(db.prisma, { name: "Massage" });
    await expectAdminOnly(db.prisma, () => updateServiceAction({ ...input, id: service.id }));
    expect((await db.prisma.service.findUniqueOrThrow({ where: { id: service.id } })).name).toBe("Massage");
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  test("an unknown id is NOT_FOUND", async () => {
    await signInAdmin(db.prisma);
    expect(await updateServiceAction({ ...input, id: "missing" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});

describe("setServiceActiveAction", () => {
  test("a service with appointments is deactivated, not deleted, and can be reactivated", () => expectDeactivationKeepsAppointments(db.prisma, "service", setServiceActiveAction));

  test("bad input, staff and anonymous callers change nothing", async () => {
    const service = await buildService(db.prisma);
    await signInAdmin(db.prisma);
    // `as never` simulates a hostile caller: the action is a public endpoint and must refuse what its type rules out.
    expect(await setServiceActiveAction({ id: service.id, active: "no" } as never)).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    await expectAdminOnly(db.prisma, () => setServiceActiveAction({ id: service.id, active: false }));
    expect(await db.prisma.service.findUniqueOrThrow({ where: { id: service.id } })).toMatchObject({ active: true });
    expect(await db.prisma.auditLog.count()).toBe(0);
  });
});
