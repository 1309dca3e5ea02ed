import { registerPatientAsStaff, saveSchedulingPreferencesAction, updatePatientContactAction } from "@/app/(staff)/patients/actions";
import type { TPatientInput } from "@/lib/validations/patient";
import { buildClinic, buildPatient, buildUser } from "@/tests/factories";
import { patientForm } from "@/tests/factories/forms";
import { signInAs } from "@/tests/support/session";
import { useAppDatabase } from "@/tests/support/use-app-database";

const db = useAppDatabase();

async function signInStaff() {
  const staff = await buildUser(db.prisma, { role: "STAFF" });
  signInAs(staff);
  return staff;
}

/** The sample patient, with hard preferences and holidays (a date given twice), as staff register them. */
function form(change: Partial<TPatientInput> = {}): TPatientInput {
  return patientForm({ weekdaysOnly: true, windowsOnly: true, unavailableDates: ["2027-01-12", "2027-01-05", "2027-01-12"], ...change });
}

const counts = async () => ({ patients: await db.prisma.patient.count(), audit: await db.prisma.auditLog.count() });

describe("registerPatientAsStaff", () => {
  test("staff register a patient with hard preferences and holidays; one audit row without the notes", async () => {
    const staff = await signInStaff();
    const result = await registerPatientAsStaff(form());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const patient = await db.prisma.patient.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(patient).toMatchObject({
      firstName: "Anna",
      identifier: "CAD-000123",
      notes: "Prefers the ground floor.",
      preferredWeekdays: [1, 3],
      weekdaysOnly: true,
      windowsOnly: true,
      unavailableDates: [new Date("2027-01-05T00:00:00Z"), new Date("2027-01-12T00:00:00Z")],
    });
    const audit = await db.prisma.auditLog.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: staff.id, action: "patient.created", entityId: patient.id });
    expect(JSON.stringify(audit[0].details)).not.toContain("ground floor");
  });

  test("a possible duplicate is refused with its matches until staff create anyway", async () => {
    await signInStaff();
    const existing = await buildPatient(db.prisma, { firstName: "ANNA", lastName: "smith", dateOfBirth: new Date("1985-06-15T00:00:00Z"), identifier: "CAD-000001" });
    const refused = await registerPatientAsStaff(form());
    expect(refused).toMatchObject({ ok: false, error: { code: "CONFLICT", duplicates: [{ id: existing.id, identifier: "CAD-000001" }] } });
    expect(await counts()).toEqual({ patients: 1, audit: 0 });
    const anyway = await registerPatientAsStaff(form({ confirmDuplicate: true }));
    expect(anyway.ok).toBe(true);
    const audit = await db.prisma.auditLog.findFirstOrThrow();
    expect(audit.details).toMatchObject({ confirmedDuplicate: true });
  });

  test("same validation as the admin form; anonymous is refused; nothing written", async () => {
    await signInStaff();
    const bad = await registerPatientAsStaff(form({ dateOfBirth: "2999-01-01", unavailableDates: Array.from({ length: 61 }, (_, i) => `2027-03-${String((i % 28) + 1).padStart(2, "0")}`) }));
    expect(bad).toMatchObject({ ok: false, error: { code: "INVALID_INPUT", fieldErrors: { dateOfBirth: "The date of birth cannot be in the future.", unavailableDates: "Keep to at most 60 unavailable dates." } } });
    signInAs(null);
    expect(await registerPatientAsStaff(form())).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await counts()).toEqual({ patients: 0, audit: 0 });
  });
});

describe("updatePatientContactAction", () => {
  test("staff change contact details, notes and preferences, not the name or number; audited", async () => {
    const staff = await signInStaff();
    const clinic = await buildClinic(db.prisma);
    const patient = await buildPatient(db.prisma, { firstName: "Ann", identifier: "CAD-000050" });
    const result = await updatePatientContactAction(patient.id, {
      ...form({ firstName: "Changed", identifier: "CAD-999999", preferredClinicId: clinic.id, phone: "+44 20 7946 0000" }),
    });
    expect(result).toEqual({ ok: true, data: { id: patient.id } });
    const after = await db.prisma.patient.findUniqueOrThrow({ where: { id: patient.id } });
    expect(after).toMatchObject({ firstName: "Ann", identifier: "CAD-000050", phone: "+44 20 7946 0000", preferredClinicId: clinic.id, weekdaysOnly: true, notes: "Prefers the ground floor." });
    const audit = await db.prisma.auditLog.findFirstOrThrow();
    expect(audit).toMatchObject({ actorId: staff.id, action: "patient.contact_updated", entityId: patient.id });
  });

  test("bad input and anonymous change nothing", async () => {
    await signInStaff();
    const patient = await buildPatient(db.prisma, { phone: "0123 456" });
    expect(await updatePatientContactAction(patient.id, form({ phone: "call me" }))).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    signInAs(null);
    expect(await updatePatientContactAction(patient.id, form())).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect((await db.prisma.patient.findUniqueOrThrow({ where: { id: patient.id } })).phone).toBe("0123 456");
    expect(await db.prisma.auditLog.count()).toBe(0);
  });
});

describe("saveSchedulingPreferencesAction (the Auto Schedule step's “save for this patient”)", () => {
  test("saves only the preferences, audited; anonymous refused", async () => {
    const staff = await signInStaff();
    const patient = await buildPatient(db.prisma, { notes: "Keep me", phone: "0123 456" });
    const prefs = { preferredWeekdays: [2], preferredWindows: [{ start: "09:00", end: "12:00" }], weekdaysOnly: true, windowsOnly: false, unavailableDates: ["2027-02-02"] };
    expect(await saveSchedulingPreferencesAction(patient.id, prefs)).toEqual({ ok: true, data: { id: patient.id } });
    const after = await db.prisma.patient.findUniqueOrThrow({ where: { id: patient.id } });
    expect(after).toMatchObject({ preferredWeekdays: [2], weekdaysOnly: true, windowsOnly: false, unavailableDates: [new Date("2027-02-02T00:00:00Z")], notes: "Keep me", phone: "0123 456" });
    expect(await db.prisma.auditLog.findFirstOrThrow()).toMatchObject({ actorId: staff.id, action: "patient.preferences_updated" });
    signInAs(null);
    expect(await saveSchedulingPreferencesAction(patient.id, { ...prefs, preferredWeekdays: [5] })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect((await db.prisma.patient.findUniqueOrThrow({ where: { id: patient.id } })).preferredWeekdays).toEqual([2]);
  });
});
