import "server-only";
import type { Db } from "@/lib/database/client";
import { paramsOf, reportContext, type ReportContext } from "@/lib/reports/context";
import { csvResponse } from "@/lib/reports/csv";
import { getCurrentUser, type CurrentUser } from "@/lib/session";

type Params = ReturnType<typeof paramsOf>;

const REPORT_REFUSALS = { signIn: "Sign in to export reports.", adminOnly: "Only administrators can export this report." };

const refusal = (message: string, status: number) => new Response(message, { status, headers: { "Cache-Control": "no-store" } });

/**
 * A report's CSV download (`export const GET = csvRoute(…)`). Route handlers are not covered by a layout's check,
 * so the sign-in and, for admin reports, the role are checked here; a refusal is a short plain-text answer, never
 * a redirect the browser would save as the file.
 */
export function csvRoute({ role, refusals = REPORT_REFUSALS, build }: {
  role: "STAFF" | "ADMIN";
  refusals?: typeof REPORT_REFUSALS;
  build: (user: CurrentUser, params: Params) => Promise<{ fileName: string; csv: string }>;
}): (request: Request) => Promise<Response> {
  return async (request) => {
    const user = await getCurrentUser();
    if (!user) return refusal(refusals.signIn, 401);
    if (role === "ADMIN" && user.role !== "ADMIN") return refusal(refusals.adminOnly, 403);
    const { fileName, csv } = await build(user, paramsOf(request.url));
    return csvResponse(fileName, csv);
  };
}

/**
 * An admin clinic-and-period report's CSV, named `${name}-${from}-${to}.csv` after the period it covers; `csv` gets
 * the report's filters resolved for the user (and the raw parameters, for a report's own filters).
 */
export function periodCsvRoute({ db, name, refusals, csv }: {
  db: Db;
  name: string;
  refusals?: typeof REPORT_REFUSALS;
  csv: (ctx: ReportContext, params: Params) => Promise<string>;
}): (request: Request) => Promise<Response> {
  return csvRoute({
    role: "ADMIN",
    refusals,
    build: async (user, params) => {
      const ctx = await reportContext(db, user, params);
      return { fileName: `${name}-${ctx.filters.from}-${ctx.filters.to}.csv`, csv: await csv(ctx, params) };
    },
  });
}
