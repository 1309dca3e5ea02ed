import { prisma } from "@/lib/db";
import { paramsOf } from "@/lib/reports/context";
import { csvResponse } from "@/lib/reports/csv";
import { expiringCsv, expiringList } from "@/lib/reports/expiring";
import { getCurrentUser } from "@/lib/session";

export const dynamic = "force-dynamic";

/** The expiring call list as CSV, limited to the user's clinics like the page. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to export reports.", { status: 401, headers: { "Cache-Control": "no-store" } });
  const list = await expiringList(prisma, user, paramsOf(request.url));
  return csvResponse(`expiring-packages-${list.days}-days.csv`, expiringCsv(list.rows));
}
