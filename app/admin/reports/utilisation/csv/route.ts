import { prisma } from "@/lib/db";
import { periodCsvRoute } from "@/lib/csv-route";
import { providerUtilisation } from "@/lib/queries/reports/utilisation";
import { toCsv } from "@/lib/reports/csv";

export const dynamic = "force-dynamic";

const hours = (minutes: number) => (minutes / 60).toFixed(2);

export const GET = periodCsvRoute({
  db: prisma,
  name: "provider-utilisation",
  csv: async (ctx) => {
    const rows = await providerUtilisation(prisma, { clinicId: ctx.filters.clinicId, ...ctx.range });
    return toCsv(
      ["Week (Monday)", "Provider", "Clinic", "Available hours", "Booked hours", "Utilisation (%)"],
      rows.map((r) => [r.week, r.providerName, r.clinicName, hours(r.availableMinutes), hours(r.bookedMinutes), r.availableMinutes > 0 ? Math.round((100 * r.bookedMinutes) / r.availableMinutes) : ""]),
    );
  },
});
