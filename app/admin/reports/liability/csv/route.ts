import { prisma } from "@/lib/db";
import { packageLiability } from "@/lib/queries/reports/liability";
import { paramsOf, reportContext } from "@/lib/reports/context";
import { csvResponse } from "@/lib/reports/csv";
import { liabilityCsv } from "@/lib/reports/liability-table";
import { getCurrentUser } from "@/lib/session";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  // Route handlers are not covered by the admin layout: the role is checked here.
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to export reports.", { status: 401, headers: { "Cache-Control": "no-store" } });
  if (user.role !== "ADMIN") return new Response("Only administrators can export this report.", { status: 403, headers: { "Cache-Control": "no-store" } });
  const ctx = await reportContext(prisma, user, paramsOf(request.url));
  const rows = await packageLiability(prisma, { clinicId: ctx.filters.clinicId, ...ctx.range, now: ctx.now });
  return csvResponse(`package-liability-${ctx.filters.from}-${ctx.filters.to}.csv`, liabilityCsv(rows, ctx.filters));
}
