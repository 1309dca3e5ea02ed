import { prisma } from "@/lib/db";
import { csvRoute } from "@/lib/csv-route";
import { expiringCsv, expiringList } from "@/lib/reports/expiring";

export const dynamic = "force-dynamic";

/** The expiring call list as CSV, limited to the user's clinics like the page. */
export const GET = csvRoute({
  role: "STAFF",
  build: async (user, params) => {
    const list = await expiringList(prisma, user, params);
    return { fileName: `expiring-packages-${list.days}-days.csv`, csv: expiringCsv(list.rows) };
  },
});
