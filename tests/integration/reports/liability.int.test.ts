import { packageLiability, liabilityTotals, type LiabilityFigures, type LiabilityRow } from "@/lib/queries/reports/liability";
import { resolveRange } from "@/lib/reports/filters";
import { at, buildPackage, buildPurchase } from "@/tests/factories";
import { useTestDatabase } from "@/tests/support/test-db";
import { buildReportScenario, type ReportScenario } from "./scenario";

const db = useTestDatabase();
let s: ReportScenario;
beforeEach(async () => {
  s = await buildReportScenario(db.prisma);
});

const NOW = at("2030-05-01T00:00:00Z");
const Q1 = { from: "2030-01-01", to: "2030-03-31" };
const figures = (opening: number, sold: number, redeemed: number, forfeited: number, expired: number, cancelled: number, closing: number): LiabilityFigures => ({
  opening, sold, redeemed, forfeited, expired, cancelled, closing,
});
const identity = (f: LiabilityFigures) => f.opening + f.sold - f.redeemed - f.forfeited - f.expired - f.cancelled;
/** The scenario sells in GBP only: one total line. */
function liabilityTotal(rows: readonly LiabilityRow[]): LiabilityRow {
  const totals = liabilityTotals(rows);
  expect(totals.map((t) => t.currency)).toEqual(["GBP"]);
  return totals[0];
}

describe("package liability", () => {
  test("Q1 2030 per clinic (UTC days): exact money and sessions, and the identity holds to the cent", async () => {
    const rows = await packageLiability(db.prisma, { clinicId: null, ...rangeUtc(), now: NOW });
    expect(rows.map((r) => r.clinicName)).toEqual(["London", "Manchester"]);
    const [london, manchester] = rows;
    // Mix 10 001 = 3 × Laser (3 000) + 1 × Consultation (7 000): Laser line 5 626 (1 876 + 1 875 + 1 875), Consultation 4 375.
    // Duo 5 001 = 2 × Laser: 2 501 for the first session to leave, 2 500 for the second.
    expect(london.money).toEqual(figures(13_126, 10_002, 6_877, 6_875, 2_500, 5_001, 1_875));
    expect(london.sessions).toEqual(figures(5, 4, 3, 2, 1, 2, 1));
    expect(manchester.money).toEqual(figures(5_001, 9_001, 0, 0, 7_502, 0, 6_500));
    expect(manchester.sessions).toEqual(figures(2, 4, 0, 0, 3, 0, 3));
    for (const r of [...rows, liabilityTotal(rows)]) {
      expect(identity(r.money)).toBe(r.money.closing);
      expect(identity(r.sessions)).toBe(r.sessions.closing);
    }
    expect(liabilityTotal(rows).money.closing).toBe(8_375);
  });

  test("a GBP and a USD purchase are never summed: one row and one total per currency, the identity holding in each", async () => {
    const usd = await buildPackage(db.prisma, { name: "Duo London (USD)", priceMinor: 7_000, currency: "USD", defaultClinicId: s.london.id, items: [{ serviceId: s.laser.id, sessions: 2 }] });
    await buildPurchase(db.prisma, { packageId: usd.id, patientId: s.patient.id, assignedById: s.admin.id, purchasedAt: at("2030-02-01T10:00:00Z"), expiresAt: at("2031-02-01T00:00:00Z") });
    const rows = await packageLiability(db.prisma, { clinicId: null, ...rangeUtc(), now: NOW });
    expect(rows.map((r) => [r.clinicName, r.currency])).toEqual([["London", "GBP"], ["London", "USD"], ["Manchester", "GBP"]]);
    // The GBP figures are exactly those of the GBP-only scenario; the USD sale stands alone.
    expect(rows[0].money).toEqual(figures(13_126, 10_002, 6_877, 6_875, 2_500, 5_001, 1_875));
    expect(rows[1].money).toEqual(figures(0, 7_000, 0, 0, 0, 0, 7_000));
    expect(rows[1].sessions).toEqual(figures(0, 2, 0, 0, 0, 0, 2));
    const totals = liabilityTotals(rows);
    expect(totals.map((t) => [t.clinicName, t.currency, t.money.closing, t.sessions.closing])).toEqual([
      ["All clinics", "GBP", 8_375, 4],
      ["All clinics", "USD", 7_000, 2],
    ]);
    for (const r of [...rows, ...totals]) {
      expect(identity(r.money)).toBe(r.money.closing);
      expect(identity(r.sessions)).toBe(r.sessions.closing);
    }
  });

  test("one clinic's period is read in its zone: the forfeit at 23:30 UTC on 31 March is April in London", async () => {
    const range = resolveRange({ clinicId: s.london.id, ...Q1 }, "Europe/London");
    expect(range.toAt).toEqual(at("2030-03-31T23:00:00Z"));
    const [london, ...others] = await packageLiability(db.prisma, { clinicId: s.london.id, ...range, now: NOW });
    expect(others).toEqual([]);
    expect(london.money).toEqual(figures(13_126, 10_002, 6_877, 4_375, 2_500, 5_001, 4_375));
    expect(london.sessions).toEqual(figures(5, 4, 3, 1, 1, 2, 2));
  });

  test("consecutive periods chain: one period's closing is the next one's opening", async () => {
    const q1 = await packageLiability(db.prisma, { clinicId: null, ...rangeUtc(), now: NOW });
    const april = await packageLiability(db.prisma, { clinicId: null, ...resolveRange({ clinicId: null, from: "2030-04-01", to: "2030-04-30" }, "UTC"), now: NOW });
    expect(april.map((r) => r.money.opening)).toEqual(q1.map((r) => r.money.closing));
    expect(april.map((r) => r.sessions.opening)).toEqual(q1.map((r) => r.sessions.closing));
  });

  test("the balance up to now agrees with the ledgers: unused sessions of live purchases plus sessions still awaiting an outcome", async () => {
    const rows = await packageLiability(db.prisma, { clinicId: null, fromAt: at("2029-01-01T00:00:00Z"), toAt: NOW, now: NOW });
    const purchases = await db.prisma.packagePurchase.findMany({ include: { items: true } });
    let owed = 0;
    for (const p of purchases) {
      const over = p.expiresAt <= NOW || (p.cancelledAt !== null && p.cancelledAt <= NOW);
      for (const i of p.items) owed += over ? i.booked : i.sessionsTotal - i.completed - i.forfeited;
    }
    expect(liabilityTotal(rows).sessions.closing).toBe(owed);
    // Over the whole history the opening is zero, and everything sold is accounted for.
    const total = liabilityTotal(rows);
    expect(total.money.opening).toBe(0);
    expect(total.money.sold).toBe((await db.prisma.packagePurchase.aggregate({ _sum: { pricePaidMinor: true } }))._sum.pricePaidMinor);
  });

  test("the future is not reported: a period after now shows today's balance and no movements", async () => {
    const rows = await packageLiability(db.prisma, { clinicId: null, ...resolveRange({ clinicId: null, from: "2030-06-01", to: "2030-12-31" }, "UTC"), now: NOW });
    for (const r of rows) {
      expect(r.money.closing).toBe(r.money.opening);
      expect([r.money.sold, r.money.redeemed, r.money.expired]).toEqual([0, 0, 0]);
    }
  });
});

function rangeUtc() {
  return resolveRange({ clinicId: null, ...Q1 }, "UTC");
}
