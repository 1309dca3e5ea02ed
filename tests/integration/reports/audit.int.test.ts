import { GET } from "@/app/admin/reports/audit/csv/route";
import { auditEntries, type AuditFilter } from "@/lib/queries/reports/audit";
import { auditHref, auditLabel } from "@/lib/reports/audit-labels";
import { recordPatientView } from "@/lib/services/patients/record-patient-view";
import { writeAudit } from "@/lib/services/audit";
import { at, buildPatient, buildUser } from "@/tests/factories";
import { signInAs } from "@/tests/support/session";
import { useAppDatabase } from "@/tests/support/use-app-database";
import { buildReportScenario, type ReportScenario } from "./scenario";

const db = useAppDatabase();
let s: ReportScenario;
beforeEach(async () => {
  s = await buildReportScenario(db.prisma);
});

const all: AuditFilter = { fromAt: at("2020-01-01T00:00:00Z"), toAt: at("2040-01-01T00:00:00Z"), actorId: null, action: null, entityType: null, entityId: null };
const page = { limit: 500, offset: 0 };

test("entries read as sentences about the record, with a link to it", async () => {
  const rows = await auditEntries(db.prisma, { ...all, action: "purchase.cancelled" }, page);
  expect(rows).toHaveLength(1);
  expect(auditLabel(rows[0])).toBe("Package cancelled for Dane Abbott (Duo London)");
  expect(rows[0].actorName).toBe("Ada Admin");
  expect(auditHref(rows[0])).toBe(`/patients/${s.patient.id}`);
  const noShows = await auditEntries(db.prisma, { ...all, action: "appointment.no_show" }, page);
  expect(noShows.map(auditLabel)).toEqual(["No-show recorded for Dane Abbott (Laser Therapy)", "No-show recorded for Dane Abbott (Consultation)"]);
});

test("patient-record views are included; filters by who, action, record type and id, date range; newest first, paged", async () => {
  const viewer = await buildUser(db.prisma, { name: "Vera Viewer" });
  await recordPatientView(db.prisma, { actorId: viewer.id, patientId: s.patient.id });
  await writeAudit(db.prisma, { actorId: null, action: "clinic.time_off_added", entityType: "Clinic", entityId: s.london.id });
  const mine = await auditEntries(db.prisma, { ...all, actorId: viewer.id }, page);
  expect(mine.map(auditLabel)).toEqual(["Viewed the record of Dane Abbott"]);
  expect(auditHref(mine[0])).toBe(`/patients/${s.patient.id}`);
  const unknown = await auditEntries(db.prisma, { ...all, entityType: "Clinic", entityId: s.london.id }, page);
  expect(unknown.map(auditLabel)).toEqual(["Clinic: time off added — London"]);
  const p3 = await auditEntries(db.prisma, { ...all, entityId: s.purchases.p3.id }, page);
  expect(p3.map((r) => r.action)).toEqual(["purchase.cancelled"]);
  for (const when of ["2031-12-31T23:59:59.999Z", "2032-01-01T00:00:00Z", "2032-03-31T23:59:59.999Z", "2032-04-01T00:00:00Z"]) {
    await db.prisma.auditLog.create({ data: { at: at(when), actorId: viewer.id, action: "service.updated", entityType: "Service", entityId: s.laser.id } });
  }
  const q1 = await auditEntries(db.prisma, { ...all, action: "service.updated", fromAt: at("2032-01-01T00:00:00Z"), toAt: at("2032-04-01T00:00:00Z") }, page);
  expect(q1.map((r) => r.at.toISOString())).toEqual(["2032-03-31T23:59:59.999Z", "2032-01-01T00:00:00.000Z"]);
  expect(q1.map(auditLabel)).toEqual(["Service updated: Laser Therapy", "Service updated: Laser Therapy"]);
  const everything = await auditEntries(db.prisma, all, page);
  const times = everything.map((r) => r.at.getTime());
  expect(times).toEqual([...times].sort((x, y) => y - x));
  const second = await auditEntries(db.prisma, all, { limit: 2, offset: 2 });
  expect(second.map((r) => r.id)).toEqual(everything.slice(2, 4).map((r) => r.id));
});

test("CSV export: admins only; formula-like names are made inert", async () => {
  const evil = await buildPatient(db.prisma, { firstName: "=1+1", lastName: "@SUM(A1)" });
  const admin = await buildUser(db.prisma, { role: "ADMIN", name: "+Plus Admin" });
  await recordPatientView(db.prisma, { actorId: admin.id, patientId: evil.id });
  const today = new Date().toISOString().slice(0, 10);
  const download = () => GET(new Request(`http://localhost/admin/reports/audit/csv?from=${today}&to=${today}&action=patient.viewed`));
  expect((await download()).status).toBe(401);
  signInAs(await buildUser(db.prisma, { role: "STAFF" }));
  expect((await download()).status).toBe(403);
  signInAs(admin);
  const res = await download();
  expect(res.status).toBe(200);
  const lines = (await res.text()).split("\r\n");
  expect(lines[0]).toBe("When (UTC),Who,What,Action,Record type,Record id,Details");
  expect(lines).toHaveLength(3);
  expect(lines[1]).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z,'\\+Plus Admin,Viewed the record of =1\\+1 @SUM\\(A1\\),patient\\.viewed,Patient,${evil.id},$`));
});
