import { createProviderAction, setProviderActiveAction, updateProviderAction } from "@/app/admin/providers/actions";
import { buildClinic, buildProvider, buildService, buildUser } from "@/tests/factories";
import { signInAs } from "@/tests/support/session";
import { useAppDatabase } from "@/tests/support/use-app-database";
import { expectAdminOnly, expectDeactivationKeepsAppointments, expectSetActiveAdminOnly, invalidInput, signInAdmin } from "./support";

const db = useAppDatabase();

/** A London clinic open Mon 09:00–17:00, and a service. */
async function setting() {
  const clinic = await buildClinic(db.prisma, {
    name: "Bristol",
    timeZone: "Europe/London",
    hours: { create: [{ weekday: 1, startMinute: 540, endMinute: 1020 }] },
  });
  const service = await buildService(db.prisma);
  return { clinic, service };
}

function input(clinicId: string, serviceId: string, overrides: Record<string, unknown> = {}) {
  return {
    name: "Dr Ada Lee",
    title: "Physiotherapist",
    active: true,
    serviceIds: [serviceId],
    clinicIds: [clinicId],
    availability: [{ clinicId, intervals: [{ weekday: 1, start: "09:00", end: "17:00" }] }],
    // Across the spring-forward change in London (29 March 2026): 09:00 GMT → 09:00 BST.
    timeOff: [{ startsAt: "2026-03-28T09:00", endsAt: "2026-03-30T09:00", reason: "Training" }],
    ...overrides,
  };
}

async function counts() {
  return {
    providers: await db.prisma.provider.count(),
    availability: await db.prisma.providerAvailability.count(),
    timeOff: await db.prisma.providerTimeOff.count(),
    audit: await db.prisma.auditLog.count(),
  };
}

describe("createProviderAction", () => {
  test("creates the provider with services, clinics, availability and UTC time off, and one audit row", async () => {
    const admin = await signInAdmin(db.prisma);
    const { clinic, service } = await setting();
    const result = await createProviderAction(input(clinic.id, service.id));
    expect(result).toMatchObject({ ok: true, data: { outsideHours: [] } });
    if (!result.ok) return;
    const provider = await db.prisma.provider.findUniqueOrThrow({
      where: { id: result.data.id },
      include: { services: true, clinics: true, availability: true, timeOff: true },
    });
    expect(provider).toMatchObject({ name: "Dr Ada Lee", title: "Physiotherapist", active: true });
    expect(provider.services.map((s) => s.serviceId)).toEqual([service.id]);
    expect(provider.clinics.map((c) => c.clinicId)).toEqual([clinic.id]);
    expect(provider.availability).toMatchObject([{ clinicId: clinic.id, weekday: 1, startMinute: 540, endMinute: 1020 }]);
    expect(provider.timeOff).toMatchObject([
      { startsAt: new Date("2026-03-28T09:00:00Z"), endsAt: new Date("2026-03-30T08:00:00Z"), reason: "Training" },
    ]);
    const audit = await db.prisma.auditLog.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, action: "provider.created", entityType: "Provider", entityId: provider.id });
  });

  test("availability outside the clinic's opening hours is saved but flagged", async () => {
    await signInAdmin(db.prisma);
    const { clinic, service } = await setting();
    const availability = [{ clinicId: clinic.id, intervals: [{ weekday: 1, start: "07:00", end: "12:00" }, { weekday: 2, start: "09:00", end: "12:00" }] }];
    const result = await createProviderAction(input(clinic.id, service.id, { availability }));
    expect(result).toMatchObject({
      ok: true,
      data: {
        outsideHours: [
          { clinicName: "Bristol", interval: "Monday 07:00–12:00", clinicHours: "open 09:00–17:00" },
          { clinicName: "Bristol", interval: "Tuesday 09:00–12:00", clinicHours: "closed" },
        ],
      },
    });
    expect(await db.prisma.providerAvailability.count()).toBe(2);
  });

  test("availability at a clinic the provider does not work at is refused, nothing written", async () => {
    await signInAdmin(db.prisma);
    const { clinic, service } = await setting();
    const other = await buildClinic(db.prisma);
    const result = await createProviderAction(input(clinic.id, service.id, { clinicIds: [other.id] }));
    expect(result).toEqual(invalidInput({ "availability.0.clinicId": "This provider does not work at this clinic. Tick it under “Works at”, or remove these hours." }));
    expect(await counts()).toEqual({ providers: 0, availability: 0, timeOff: 0, audit: 0 });
  });

  test("overlapping hours and backwards time off are field errors, nothing written", async () => {
    await signInAdmin(db.prisma);
    const { clinic, service } = await setting();
    const availability = [{ clinicId: clinic.id, intervals: [{ weekday: 1, start: "09:00", end: "13:00" }, { weekday: 1, start: "12:00", end: "14:00" }] }];
    const timeOff = [{ startsAt: "2026-04-02T10:00", endsAt: "2026-04-01T10:00", reason: "" }];
    const result = await createProviderAction(input(clinic.id, service.id, { availability, timeOff, name: "" }));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "INVALID_INPUT",
        fieldErrors: {
          name: "Enter a name.",
          "availability.0.intervals.1.start": "Overlaps Monday 09:00–13:00.",
          "timeOff.0.endsAt": "The end must be after the start.",
        },
      },
    });
    expect(await counts()).toEqual({ providers: 0, availability: 0, timeOff: 0, audit: 0 });
  });

  test("an unknown clinic id is refused with a sentence, nothing written", async () => {
    await signInAdmin(db.prisma);
    const { service } = await setting();
    const result = await createProviderAction(input("no-such-clinic", service.id));
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID_INPUT", message: "One of the chosen clinics no longer exists. Reload the page and try again." } });
    expect(await counts()).toEqual({ providers: 0, availability: 0, timeOff: 0, audit: 0 });
  });

  test("staff and anonymous callers are refused, nothing written", async () => {
    const { clinic, service } = await setting();
    await expectAdminOnly(db.prisma, () => createProviderAction(input(clinic.id, service.id)));
    expect(await counts()).toEqual({ providers: 0, availability: 0, timeOff: 0, audit: 0 });
  });
});

describe("updateProviderAction", () => {
  test("replaces services, clinics, hours and time off, auditing what changed", async () => {
    const admin = await signInAdmin(db.prisma);
    const { clinic, service } = await setting();
    const second = await buildClinic(db.prisma, { name: "Athens", timeZone: "Europe/Athens", hours: { create: [{ weekday: 2, startMinute: 600, endMinute: 1200 }] } });
    const provider = await buildProvider(db.prisma, { name: "Dr Ada Lee", title: "Physiotherapist", clinicIds: [clinic.id], serviceIds: [service.id] });
    const result = await updateProviderAction({
      ...input(clinic.id, service.id),
      id: provider.id,
      clinicIds: [clinic.id, second.id],
      availability: [{ clinicId: second.id, intervals: [{ weekday: 2, start: "10:00", end: "14:00" }] }],
      // Athens is the first clinic by name, so time off is in Athens time (UTC+2 in January).
      timeOff: [{ startsAt: "2027-01-10T08:00", endsAt: "2027-01-10T12:00", reason: "" }],
    });
    expect(result).toEqual({ ok: true, data: { id: provider.id, outsideHours: [] } });
    const saved = await db.prisma.provider.findUniqueOrThrow({ where: { id: provider.id }, include: { clinics: true, availability: true, timeOff: true } });
    expect(saved.clinics.map((c) => c.clinicId).sort()).toEqual([clinic.id, second.id].sort());
    expect(saved.availability).toMatchObject([{ clinicId: second.id, weekday: 2, startMinute: 600, endMinute: 840 }]);
    expect(saved.timeOff).toMatchObject([{ startsAt: new Date("2027-01-10T06:00:00Z"), endsAt: new Date("2027-01-10T10:00:00Z"), reason: null }]);
    const audit = await db.prisma.auditLog.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, action: "provider.updated", entityId: provider.id });
    expect(Object.keys(audit[0].details as object).sort()).toEqual(["availability", "clinicIds", "timeOff"]);
  });

  test("bad input, staff and anonymous callers change nothing", async () => {
    const { clinic, service } = await setting();
    const provider = await buildProvider(db.prisma, { name: "Dr Ada Lee", clinicIds: [clinic.id] });
    await signInAdmin(db.prisma);
    expect(await updateProviderAction({ ...input(clinic.id, service.id), id: provider.id, clinicIds: [] })).toMatchObject({
      ok: false,
      error: { code: "INVALID_INPUT" },
    });
    signInAs(await buildUser(db.prisma, { role: "STAFF" }));
    expect(await updateProviderAction({ ...input(clinic.id, service.id), id: provider.id, name: "X" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    signInAs(null);
    expect(await updateProviderAction({ ...input(clinic.id, service.id), id: provider.id, name: "X" })).toMatchObject({
      ok: false,
      error: { code: "UNAUTHENTICATED" },
    });
    expect(await db.prisma.provider.findUniqueOrThrow({ where: { id: provider.id } })).toMatchObject({ name: "Dr Ada Lee" });
    expect(await counts()).toEqual({ providers: 1, availability: 0, timeOff: 0, audit: 0 });
  });
});

describe("setProviderActiveAction", () => {
  test("a provider with appointments is deactivated, not deleted, and can be reactivated", () => expectDeactivationKeepsAppointments(db.prisma, "provider", setProviderActiveAction));

  test("staff and anonymous callers change nothing", () => expectSetActiveAdminOnly(db.prisma, "provider", setProviderActiveAction));
});
