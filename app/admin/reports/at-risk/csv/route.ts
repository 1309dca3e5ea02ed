import { prisma } from "@/lib/db";
import { csvRoute } from "@/lib/csv-route";
import { atRiskCsv, atRiskView } from "@/lib/reports/at-risk";

export const dynamic = "force-dynamic";

export const GET = csvRoute({
  role: "ADMIN",
  build: async (user, params) => {
    const view = await atRiskView(prisma, user, params);
    return { fileName: `at-risk-courses-${view.now.toISOString().slice(0, 10)}.csv`, csv: atRiskCsv(view) };
  },
});
