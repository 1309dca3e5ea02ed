import { packageUsage } from "@/lib/queries/reports/usage";
import { resolveRange } from "@/lib/reports/filters";
import { at } from "@/tests/factories";
import { useTestDatabase } from "@/tests/support/test-db";
import { buildReportScenario } from "./scenario";

const db = useTestDatabase();
beforeEach(async () => {
  await buildReportScenario(db.prisma);
});

const NOW = at("2030-05-01T00:00:00Z");
const line = (month: string, clinicName: string, templateName: string, serviceName: string, sold: number, booked: number, completed: number, forfeited: number, lapsed: number) => ({
  month, clinicName, templateName, serviceName, sold, booked, completed, forfeited, lapsed,
});

test("Q1 2030 per month, clinic, template and service: sold, booked, completed, forfeited, lapsed", async () => {
  const rows = await packageUsage(db.prisma, { clinicId: null, ...resolveRange({ clinicId: null, from: "2030-01-01", to: "2030-03-31" }, "UTC"), now: NOW });
  expect(rows).toEqual([
    line("2030-01", "London", "Duo London", "Laser Therapy", 2, 2, 1, 0, 0),
    line("2030-01", "London", "Mix", "Laser Therapy", 0, 1, 1, 0, 0),
    line("2030-01", "Manchester", "Duo Manchester", "Laser Therapy", 2, 1, 0, 0, 1),
    line("2030-02", "London", "Duo London", "Laser Therapy", 2, 1, 1, 0, 0),
    line("2030-02", "London", "Mix", "Consultation", 0, 1, 0, 1, 0),
    line("2030-02", "Manchester", "Duo Manchester", "Laser Therapy", 0, 1, 0, 0, 0),
    line("2030-03", "London", "Duo London", "Laser Therapy", 0, 2, 0, 1, 3),
    line("2030-03", "Manchester", "Duo Manchester", "Laser Therapy", 2, 0, 0, 0, 2),
  ]);
});

test("one clinic, in its zone: the late cancel at 23:30 UTC on 31 March falls in April (BST)", async () => {
  const s = await db.prisma.clinic.findFirstOrThrow({ where: { name: "London" } });
  const range = resolveRange({ clinicId: s.id, from: "2030-03-01", to: "2030-04-30" }, "Europe/London");
  const rows = await packageUsage(db.prisma, { clinicId: s.id, ...range, now: NOW });
  expect(rows).toEqual([line("2030-03", "London", "Duo London", "Laser Therapy", 0, 2, 0, 0, 3), line("2030-04", "London", "Duo London", "Laser Therapy", 0, 0, 0, 1, 0)]);
});
