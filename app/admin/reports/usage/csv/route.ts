import { prisma } from "@/lib/db";
import { periodCsvRoute } from "@/lib/csv-route";
import { packageUsage } from "@/lib/queries/reports/usage";
import { toCsv } from "@/lib/reports/csv";

export const dynamic = "force-dynamic";

export const GET = periodCsvRoute({
  db: prisma,
  name: "package-usage",
  csv: async (ctx) => {
    const rows = await packageUsage(prisma, { clinicId: ctx.filters.clinicId, ...ctx.range, now: ctx.now });
    return toCsv(
      ["Month", "Clinic", "Package", "Service", "Sold", "Booked", "Completed", "Forfeited", "Lapsed"],
      rows.map((r) => [r.month, r.clinicName, r.templateName, r.serviceName, r.sold, r.booked, r.completed, r.forfeited, r.lapsed]),
    );
  },
});
