import { prisma } from "@/lib/db";
import { csvRoute } from "@/lib/csv-route";
import { providerUtilisation } from "@/lib/queries/reports/utilisation";
import { reportContext } from "@/lib/reports/context";
import { toCsv } from "@/lib/reports/csv";

export const dynamic = "force-dynamic";

const hours = (minutes: number) => (minutes / 60).toFixed(2);

export const GET = csvRoute({
  role: "ADMIN",
  build: async (user, params) => {
    const ctx = await reportContext(prisma, user, params);
    const rows = await providerUtilisation(prisma, { clinicId: ctx.filters.clinicId, ...ctx.range });
    const csv = toCsv(
      ["Week (Monday)", "Provider", "Clinic", "Available hours", "Booked hours", "Utilisation (%)"],
      rows.map((r) => [r.week, r.providerName, r.clinicName, hours(r.availableMinutes), hours(r.bookedMinutes), r.availableMinutes > 0 ? Math.round((100 * r.bookedMinutes) / r.availableMinutes) : ""]),
    );
    return { fileName: `provider-utilisation-${ctx.filters.from}-${ctx.filters.to}.csv`, csv };
  },
});
