import { GET } from "@/app/admin/reports/liability/csv/route";
import { at, buildClinic, buildPackage, buildPatient, buildPurchase, buildService, buildUser } from "@/tests/factories";
import { signInAs } from "@/tests/support/session";
import { useAppDatabase } from "@/tests/support/use-app-database";

const db = useAppDatabase();
const download = (query: string) => GET(new Request(`http://localhost/admin/reports/liability/csv?${query}`));

async function sale() {
  const clinic = await buildClinic(db.prisma, { name: "=HYPERLINK(\"http://x\",\"Click\")", timeZone: "UTC" });
  const service = await buildService(db.prisma, { priceMinor: 1_000 });
  const pkg = await buildPackage(db.prisma, { name: "Trio", priceMinor: 10_001, defaultClinicId: clinic.id, items: [{ serviceId: service.id, sessions: 3 }] });
  await buildPurchase(db.prisma, { packageId: pkg.id, patientId: (await buildPatient(db.prisma)).id, purchasedAt: at("2026-02-01T10:00:00Z"), expiresAt: at("2027-02-01T00:00:00Z") });
  return clinic;
}

test("refuses anyone not signed in, and staff", async () => {
  await sale();
  expect((await download("from=2026-01-01&to=2026-03-31")).status).toBe(401);
  signInAs(await buildUser(db.prisma, { role: "STAFF" }));
  const res = await download("from=2026-01-01&to=2026-03-31");
  expect(res.status).toBe(403);
  expect(await res.text()).not.toMatch(/HYPERLINK/);
});

test("admins get the report as RFC 4180 CSV, amounts to the cent, a formula-like clinic name made inert", async () => {
  const clinic = await sale();
  signInAs(await buildUser(db.prisma, { role: "ADMIN" }));
  const res = await download(`clinic=${clinic.id}&from=2026-01-01&to=2026-03-31`);
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="package-liability-2026-01-01-2026-03-31.csv"');
  const lines = (await res.text()).split("\r\n");
  expect(lines[0]).toBe(
    "Clinic,Currency,From,To,Opening balance (amount),Sold (amount),Redeemed (amount),Forfeited (amount),Expired (amount),Cancelled (amount),Closing balance (amount)," +
      "Opening balance (sessions),Sold (sessions),Redeemed (sessions),Forfeited (sessions),Expired (sessions),Cancelled (sessions),Closing balance (sessions)",
  );
  expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"",""Click"")",GBP,2026-01-01,2026-03-31,0.00,100.01,0.00,0.00,0.00,0.00,100.01,0,3,0,0,0,0,3`);
  expect(lines[2]).toBe("");
});

test("a GBP and a USD sale: one line per clinic and currency, one total per currency, never summed", async () => {
  await sale();
  const ny = await buildClinic(db.prisma, { name: "New York", timeZone: "America/New_York", currency: "USD" });
  const service = await buildService(db.prisma, { priceMinor: 1_000 });
  const pkg = await buildPackage(db.prisma, { name: "Trio (New York)", priceMinor: 59_500, currency: "USD", defaultClinicId: ny.id, items: [{ serviceId: service.id, sessions: 3 }] });
  await buildPurchase(db.prisma, { packageId: pkg.id, patientId: (await buildPatient(db.prisma)).id, purchasedAt: at("2026-02-02T15:00:00Z"), expiresAt: at("2027-02-01T00:00:00Z") });
  signInAs(await buildUser(db.prisma, { role: "ADMIN" }));
  const lines = (await (await download("from=2026-01-01&to=2026-03-31")).text()).split("\r\n");
  expect(lines.slice(1)).toEqual([
    `"'=HYPERLINK(""http://x"",""Click"")",GBP,2026-01-01,2026-03-31,0.00,100.01,0.00,0.00,0.00,0.00,100.01,0,3,0,0,0,0,3`,
    "New York,USD,2026-01-01,2026-03-31,0.00,595.00,0.00,0.00,0.00,0.00,595.00,0,3,0,0,0,0,3",
    "All clinics,GBP,2026-01-01,2026-03-31,0.00,100.01,0.00,0.00,0.00,0.00,100.01,0,3,0,0,0,0,3",
    "All clinics,USD,2026-01-01,2026-03-31,0.00,595.00,0.00,0.00,0.00,0.00,595.00,0,3,0,0,0,0,3",
    "",
  ]);
});
