import { prisma } from "@/lib/db";
import { packageUsage } from "@/lib/queries/reports/usage";
import { paramsOf, reportContext } from "@/lib/reports/context";
import { csvResponse, toCsv } from "@/lib/reports/csv";
import { getCurrentUser } from "@/lib/session";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to export reports.", { status: 401, headers: { "Cache-Control": "no-store" } });
  if (user.role !== "ADMIN") return new Response("Only administrators can export this report.", { status: 403, headers: { "Cache-Control": "no-store" } });
  const ctx = await reportContext(prisma, user, paramsOf(request.url));
  const rows = await packageUsage(prisma, { clinicId: ctx.filters.clinicId, ...ctx.range, now: ctx.now });
  const csv = toCsv(
    ["Month", "Clinic", "Package", "Service", "Sold", "Booked", "Completed", "Forfeited", "Lapsed"],
    rows.map((r) => [r.month, r.clinicName, r.templateName, r.serviceName, r.sold, r.booked, r.completed, r.forfeited, r.lapsed]),
  );
  return csvResponse(`package-usage-${ctx.filters.from}-${ctx.filters.to}.csv`, csv);
}
