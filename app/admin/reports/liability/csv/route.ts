import { prisma } from "@/lib/db";
import { csvRoute } from "@/lib/csv-route";
import { packageLiability } from "@/lib/queries/reports/liability";
import { reportContext } from "@/lib/reports/context";
import { liabilityCsv } from "@/lib/reports/liability-table";

export const dynamic = "force-dynamic";

export const GET = csvRoute({
  role: "ADMIN",
  build: async (user, params) => {
    const ctx = await reportContext(prisma, user, params);
    const rows = await packageLiability(prisma, { clinicId: ctx.filters.clinicId, ...ctx.range, now: ctx.now });
    return { fileName: `package-liability-${ctx.filters.from}-${ctx.filters.to}.csv`, csv: liabilityCsv(rows, ctx.filters) };
  },
});
