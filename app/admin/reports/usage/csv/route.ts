import { prisma } from "@/lib/db";
import { csvRoute } from "@/lib/csv-route";
import { packageUsage } from "@/lib/queries/reports/usage";
import { reportContext } from "@/lib/reports/context";
import { toCsv } from "@/lib/reports/csv";

export const dynamic = "force-dynamic";

export const GET = csvRoute({
  role: "ADMIN",
  build: async (user, params) => {
    const ctx = await reportContext(prisma, user, params);
    const rows = await packageUsage(prisma, { clinicId: ctx.filters.clinicId, ...ctx.range, now: ctx.now });
    const csv = toCsv(
      ["Month", "Clinic", "Package", "Service", "Sold", "Booked", "Completed", "Forfeited", "Lapsed"],
      rows.map((r) => [r.month, r.clinicName, r.templateName, r.serviceName, r.sold, r.booked, r.completed, r.forfeited, r.lapsed]),
    );
    return { fileName: `package-usage-${ctx.filters.from}-${ctx.filters.to}.csv`, csv };
  },
});
