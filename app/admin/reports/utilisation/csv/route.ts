import { prisma } from "@/lib/db";
import { providerUtilisation } from "@/lib/queries/reports/utilisation";
import { paramsOf, reportContext } from "@/lib/reports/context";
import { csvResponse, toCsv } from "@/lib/reports/csv";
import { getCurrentUser } from "@/lib/session";

export const dynamic = "force-dynamic";

const hours = (minutes: number) => (minutes / 60).toFixed(2);

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to export reports.", { status: 401, headers: { "Cache-Control": "no-store" } });
  if (user.role !== "ADMIN") return new Response("Only administrators can export this report.", { status: 403, headers: { "Cache-Control": "no-store" } });
  const ctx = await reportContext(prisma, user, paramsOf(request.url));
  const rows = await providerUtilisation(prisma, { clinicId: ctx.filters.clinicId, ...ctx.range });
  const csv = toCsv(
    ["Week (Monday)", "Provider", "Clinic", "Available hours", "Booked hours", "Utilisation (%)"],
    rows.map((r) => [r.week, r.providerName, r.clinicName, hours(r.availableMinutes), hours(r.bookedMinutes), r.availableMinutes > 0 ? Math.round((100 * r.bookedMinutes) / r.availableMinutes) : ""]),
  );
  return csvResponse(`provider-utilisation-${ctx.filters.from}-${ctx.filters.to}.csv`, csv);
}
