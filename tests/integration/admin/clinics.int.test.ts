import { createClinicAction, setClinicActiveAction, updateClinicAction } from "@/app/admin/clinics/actions";
import { buildClinic, buildService } from "@/tests/factories";
import { clinicForm } from "@/tests/factories/forms";
import { useAppDatabase } from "@/tests/support/use-app-database";
import { expectAdminOnly, expectDeactivationKeepsAppointments, expectSetActiveAdminOnly, invalidInput, signInAdmin } from "./support";

const db = useAppDatabase();

function input<T extends Record<string, unknown>>(overrides: T = {} as T) {
  return clinicForm({
    hours: [{ weekday: 1, start: "08:00", end: "12:00" }, { weekday: 1, start: "13:00", end: "18:00" }, { weekday: 6, start: "09:00", end: "13:00" }],
    closures: [{ date: "2026-12-25", reason: "Christmas Day" }],
    serviceIds: [] as string[],
    lateCancelWindowHours: "48",
    ...overrides,
  });
}

async function counts() {
  return {
    clinics: await db.prisma.clinic.count(),
    hours: await db.prisma.clinicHours.count(),
    closures: await db.prisma.clinicClosure.count(),
    audit: await db.prisma.auditLog.count(),
  };
}

describe("createClinicAction", () => {
  test("creates the clinic with hours, closures, services and policy, and one audit row", async () => {
    const admin = await signInAdmin(db.prisma);
    const service = await buildService(db.prisma);
    const result = await createClinicAction(input({ serviceIds: [service.id] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const clinic = await db.prisma.clinic.findUniqueOrThrow({
      where: { id: result.data.id },
      include: { hours: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] }, closures: true, services: true },
    });
    expect(clinic).toMatchObject({ name: "Bristol Harbourside", timeZone: "Europe/London", lateCancelWindowHours: 48, lateCancelForfeits: true, noShowForfeits: false });
    expect(clinic.hours.map((h) => [h.weekday, h.startMinute, h.endMinute])).toEqual([[1, 480, 720], [1, 780, 1080], [6, 540, 780]]);
    expect(clinic.closures).toMatchObject([{ date: new Date("2026-12-25T00:00:00Z"), reason: "Christmas Day" }]);
    expect(clinic.services.map((s) => s.serviceId)).toEqual([service.id]);
    const audit = await db.prisma.auditLog.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, action: "clinic.created", entityType: "Clinic", entityId: clinic.id });
  });

  test("bad input returns field errors and writes nothing", async () => {
    await signInAdmin(db.prisma);
    const result = await createClinicAction(
      input({ timeZone: "Mars/Olympus", hours: [{ weekday: 1, start: "12:00", end: "09:00" }], lateCancelWindowHours: "-2" }),
    );
    expect(result).toEqual(
      invalidInput({
        timeZone: "Pick a time zone from the list, like Europe/London.",
        "hours.0.end": "The end must be after the start.",
        lateCancelWindowHours: "The late-cancel window cannot be negative.",
      }),
    );
    expect(await counts()).toEqual({ clinics: 0, hours: 0, closures: 0, audit: 0 });
  });

  test("a duplicate name is a conflict on the name field, nothing written", async () => {
    await signInAdmin(db.prisma);
    await buildClinic(db.prisma, { name: "Bristol Harbourside" });
    expect(await createClinicAction(input())).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", fieldErrors: { name: "There is already a clinic called “Bristol Harbourside”. Pick another name." } },
    });
    expect(await counts()).toEqual({ clinics: 1, hours: 0, closures: 0, audit: 0 });
  });

  test("staff and anonymous callers are refused, nothing written", async () => {
    await expectAdminOnly(db.prisma, () => createClinicAction(input()));
    expect(await counts()).toEqual({ clinics: 0, hours: 0, closures: 0, audit: 0 });
  });
});

describe("updateClinicAction", () => {
  test("replaces hours and closures and audits only what changed", async () => {
    const admin = await signInAdmin(db.prisma);
    const clinic = await buildClinic(db.prisma, {
      name: "Bristol Harbourside",
      address: "1 Quay St, Bristol",
      phone: "0117 496 0000",
      lateCancelWindowHours: 48,
      noShowForfeits: false,
      hours: { create: [{ weekday: 1, startMinute: 480, endMinute: 720 }, { weekday: 1, startMinute: 780, endMinute: 1080 }, { weekday: 6, startMinute: 540, endMinute: 780 }] },
      closures: { create: [{ date: new Date("2026-12-25T00:00:00Z"), reason: "Christmas Day" }] },
    });
    const result = await updateClinicAction(input({ id: clinic.id, closures: [], timeZone: "Europe/Dublin" }));
    expect(result).toEqual({ ok: true, data: { id: clinic.id } });
    expect(await db.prisma.clinicClosure.count()).toBe(0);
    expect(await db.prisma.clinicHours.count()).toBe(3);
    const audit = await db.prisma.auditLog.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: admin.id,
      action: "clinic.updated",
      details: { timeZone: { from: "Europe/London", to: "Europe/Dublin" }, closures: { from: ["2026-12-25 Christmas Day"], to: [] } },
    });
    expect(Object.keys(audit[0].details as object).sort()).toEqual(["closures", "timeZone"]);
  });

  test("bad input, staff and anonymous callers change nothing", async () => {
    const clinic = await buildClinic(db.prisma, { name: "Bristol Harbourside" });
    await signInAdmin(db.prisma);
    const overlapping = [{ weekday: 2, start: "09:00", end: "12:00" }, { weekday: 2, start: "10:00", end: "11:00" }];
    expect(await updateClinicAction(input({ id: clinic.id, hours: overlapping }))).toMatchObject({
      ok: false,
      error: { code: "INVALID_INPUT", fieldErrors: { "hours.1.start": "Overlaps Tuesday 09:00–12:00." } },
    });
    await expectAdminOnly(db.prisma, () => updateClinicAction(input({ id: clinic.id })));
    expect(await counts()).toEqual({ clinics: 1, hours: 0, closures: 0, audit: 0 });
  });
});

describe("setClinicActiveAction", () => {
  test("a clinic with appointments is deactivated, not deleted, and reactivated", () => expectDeactivationKeepsAppointments(db.prisma, "clinic", setClinicActiveAction));

  test("staff and anonymous callers change nothing", () => expectSetActiveAdminOnly(db.prisma, "clinic", setClinicActiveAction));
});
