import { prisma } from "@/lib/db";
import { atRiskCsv, atRiskView } from "@/lib/reports/at-risk";
import { paramsOf } from "@/lib/reports/context";
import { csvResponse } from "@/lib/reports/csv";
import { getCurrentUser } from "@/lib/session";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to export reports.", { status: 401, headers: { "Cache-Control": "no-store" } });
  if (user.role !== "ADMIN") return new Response("Only administrators can export this report.", { status: 403, headers: { "Cache-Control": "no-store" } });
  const view = await atRiskView(prisma, user, paramsOf(request.url));
  const day = view.now.toISOString().slice(0, 10);
  return csvResponse(`at-risk-courses-${day}.csv`, atRiskCsv(view));
}
