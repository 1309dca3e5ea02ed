import { prisma } from "@/lib/db";
import { periodCsvRoute } from "@/lib/csv-route";
import { packageLiability } from "@/lib/queries/reports/liability";
import { liabilityCsv } from "@/lib/reports/liability-table";

export const dynamic = "force-dynamic";

export const GET = periodCsvRoute({
  db: prisma,
  name: "package-liability",
  csv: async (ctx) => liabilityCsv(await packageLiability(prisma, { clinicId: ctx.filters.clinicId, ...ctx.range, now: ctx.now }), ctx.filters),
});
