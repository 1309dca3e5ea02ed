import { createPatientAction, setPatientActiveAction, updatePatientAction } from "@/app/admin/patients/actions";
import { listPatients, suggestPatientNumber } from "@/lib/queries/admin/patients";
import { buildClinic, buildPatient } from "@/tests/factories";
import { patientForm as form } from "@/tests/factories/forms";
import { useAppDatabase } from "@/tests/support/use-app-database";
import { expectAdminOnly, expectDeactivateAndReactivate, signInAdmin } from "./support";

const db = useAppDatabase();

const counts = async () => ({ patients: await db.prisma.patient.count(), audit: await db.prisma.auditLog.count() });

describe("createPatientAction", () => {
  test("creates the patient with preferences, and one audit row", async () => {
    const admin = await signInAdmin(db.prisma);
    const clinic = await buildClinic(db.prisma);
    const result = await createPatientAction(form({ preferredClinicId: clinic.id }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const patient = await db.prisma.patient.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(patient).toMatchObject({
      firstName: "Anna",
      lastName: "Smith",
      dateOfBirth: new Date("1985-06-15T00:00:00Z"),
      identifier: "CAD-000123",
      preferredClinicId: clinic.id,
      preferredWeekdays: [1, 3],
      preferredWindows: [{ start: "09:00", end: "12:00" }],
      active: true,
    });
    const audit = await db.prisma.auditLog.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, action: "patient.created", entityType: "Patient", entityId: patient.id });
    expect(JSON.stringify(audit[0].details)).not.toContain("ground floor");
  });

  test("bad input: field errors, nothing written", async () => {
    await signInAdmin(db.prisma);
    const result = await createPatientAction(
      form({ dateOfBirth: "2999-01-01", email: "nope", preferredWindows: [{ start: "09:00", end: "12:00" }, { start: "10:00", end: "11:00" }] }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "INVALID_INPUT",
        fieldErrors: {
          dateOfBirth: "The date of birth cannot be in the future.",
          email: "Enter a valid email address, like name@example.com.",
          "preferredWindows.1.start": "Overlaps 09:00–12:00.",
        },
      },
    });
    expect(await counts()).toEqual({ patients: 0, audit: 0 });
  });

  test("same name (any case) and date of birth: refused with the existing patients, until confirmed", async () => {
    await signInAdmin(db.prisma);
    const existing = await buildPatient(db.prisma, { firstName: "ANNA", lastName: "smith", dateOfBirth: new Date("1985-06-15T00:00:00Z"), identifier: "CAD-000001" });
    await buildPatient(db.prisma, { firstName: "Anna", lastName: "Smith", dateOfBirth: new Date("1990-01-01T00:00:00Z") });

    const refused = await createPatientAction(form());
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe("CONFLICT");
    expect(refused.error.message).toMatch(/already exists/);
    expect(refused.error.duplicates).toEqual([
      { id: existing.id, firstName: "ANNA", lastName: "smith", identifier: "CAD-000001", active: true },
    ]);
    expect(await counts()).toEqual({ patients: 2, audit: 0 });

    const confirmed = await createPatientAction(form({ confirmDuplicate: true }));
    expect(confirmed.ok).toBe(true);
    expect(await counts()).toEqual({ patients: 3, audit: 1 });
    expect(await db.prisma.auditLog.findFirstOrThrow()).toMatchObject({ details: expect.objectContaining({ confirmedDuplicate: true }) });
  });

  test("a patient number in use is a field error", async () => {
    await signInAdmin(db.prisma);
    await buildPatient(db.prisma, { identifier: "CAD-000123" });
    const result = await createPatientAction(form({ identifier: "cad-000123" }));
    expect(result).toMatchObject({ ok: false, error: { code: "CONFLICT", fieldErrors: { identifier: "This patient number belongs to another patient." } } });
    expect(await counts()).toEqual({ patients: 1, audit: 0 });
  });

  test("staff and anonymous are refused, nothing written", async () => {
    await expectAdminOnly(db.prisma, () => createPatientAction(form()));
    expect(await counts()).toEqual({ patients: 0, audit: 0 });
  });
});

describe("updatePatientAction", () => {
  test("updates the record, one audit row", async () => {
    const admin = await signInAdmin(db.prisma);
    const patient = await buildPatient(db.prisma, { identifier: "CAD-000123" });
    const result = await updatePatientAction(patient.id, form({ lastName: "Jones", preferredWeekdays: [5] }));
    expect(result).toEqual({ ok: true, data: { id: patient.id } });
    expect(await db.prisma.patient.findUniqueOrThrow({ where: { id: patient.id } })).toMatchObject({ lastName: "Jones", preferredWeekdays: [5] });
    expect(await db.prisma.auditLog.findMany()).toMatchObject([{ actorId: admin.id, action: "patient.updated", entityId: patient.id }]);
  });

  test("bad input, staff and anonymous change nothing", async () => {
    await signInAdmin(db.prisma);
    const patient = await buildPatient(db.prisma, { lastName: "Original" });
    expect(await updatePatientAction(patient.id, form({ firstName: "" }))).toMatchObject({
      ok: false,
      error: { code: "INVALID_INPUT", fieldErrors: { firstName: "Enter a first name." } },
    });
    await expectAdminOnly(db.prisma, () => updatePatientAction(patient.id, form()));
    expect((await db.prisma.patient.findUniqueOrThrow({ where: { id: patient.id } })).lastName).toBe("Original");
    expect(await db.prisma.auditLog.count()).toBe(0);
  });
});

describe("setPatientActiveAction", () => {
  test("deactivates and reactivates instead of deleting, audited", async () => {
    const admin = await signInAdmin(db.prisma);
    const patient = await buildPatient(db.prisma);
    const active = async () => (await db.prisma.patient.findUniqueOrThrow({ where: { id: patient.id } })).active;
    await expectDeactivateAndReactivate(db.prisma, { entity: "patient", id: patient.id, admin, setActive: setPatientActiveAction, active, data: { id: patient.id, active: false } });
  });

  test("bad input, staff and anonymous change nothing", async () => {
    await signInAdmin(db.prisma);
    const patient = await buildPatient(db.prisma);
    // `as never` simulates a hostile caller: the action is a public endpoint and must refuse what its type rules out.
    expect(await setPatientActiveAction({ id: patient.id, active: "no" } as never)).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    await expectAdminOnly(db.prisma, () => setPatientActiveAction({ id: patient.id, active: false }));
    expect((await db.prisma.patient.findUniqueOrThrow({ where: { id: patient.id } })).active).toBe(true);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });
});

describe("admin patient queries", () => {
  test("suggests the number after the highest CAD-nnnnnn in use", async () => {
    expect(await suggestPatientNumber(db.prisma)).toBe("CAD-000001");
    await buildPatient(db.prisma, { identifier: "CAD-000041" });
    await buildPatient(db.prisma, { identifier: "CAD-000007" });
    await buildPatient(db.prisma, { identifier: "OLD-999999" });
    expect(await suggestPatientNumber(db.prisma)).toBe("CAD-000042");
  });

  test("lists active and deactivated patients apart, every word matching, paginated in the database", async () => {
    await buildPatient(db.prisma, { firstName: "Anna", lastName: "Smith" });
    await buildPatient(db.prisma, { firstName: "Annabel", lastName: "Jones" });
    await buildPatient(db.prisma, { firstName: "Anna", lastName: "Smithers", active: false });
    const params = { q: "ann smi", page: 1, sort: "name" as const, dir: "asc" as const };
    const active = await listPatients(db.prisma, params, { active: true });
    expect(active.rows.map((r) => r.lastName)).toEqual(["Smith"]);
    expect(active.total).toBe(1);
    const inactive = await listPatients(db.prisma, params, { active: false });
    expect(inactive.rows.map((r) => r.lastName)).toEqual(["Smithers"]);
    const all = await listPatients(db.prisma, { ...params, q: "", sort: "name", dir: "desc" }, { active: true });
    expect(all.rows.map((r) => r.lastName)).toEqual(["Smith", "Jones"]);
  });
});
