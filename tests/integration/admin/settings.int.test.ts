import { setTravelMinutesAction } from "@/app/admin/settings/actions";
import { travelMinutes } from "@/lib/queries/booking/travel";
import { buildUser } from "@/tests/factories";
import { signInAs } from "@/tests/support/session";
import { useAppDatabase } from "@/tests/support/use-app-database";
import { expectAdminOnly } from "./support";

const db = useAppDatabase();

describe("setTravelMinutesAction", () => {
  test("defaults to 60; an admin changes it, audited with the old value", async () => {
    expect(await travelMinutes(db.prisma)).toBe(60);
    const admin = await buildUser(db.prisma, { role: "ADMIN" });
    signInAs(admin);
    expect(await setTravelMinutesAction({ travelMinutes: "45" })).toEqual({ ok: true, data: { travelMinutes: 45 } });
    expect(await travelMinutes(db.prisma)).toBe(45);
    const audit = await db.prisma.auditLog.findFirstOrThrow();
    expect(audit).toMatchObject({ actorId: admin.id, action: "settings.travel_updated", details: { travelMinutes: { from: 60, to: 45 } } });
  });

  test("bad input, staff and anonymous change nothing", async () => {
    signInAs(await buildUser(db.prisma, { role: "ADMIN" }));
    expect(await setTravelMinutesAction({ travelMinutes: -5 })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT", fieldErrors: { travelMinutes: "The travel time cannot be negative." } } });
    expect(await setTravelMinutesAction({ travelMinutes: 601 })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    await expectAdminOnly(db.prisma, () => setTravelMinutesAction({ travelMinutes: 10 }));
    expect(await travelMinutes(db.prisma)).toBe(60);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });
});
