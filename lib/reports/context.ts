import "server-only";
import type { Db } from "@/lib/database/client";
import { reportClinics, type ReportClinic } from "@/lib/queries/reports/clinics";
import type { CurrentUser } from "@/lib/session-types";
import { parseReportFilters, resolveRange, type ReportFilters, type ResolvedRange } from "./filters";

export type ReportContext = {
  clinics: ReportClinic[];
  filters: ReportFilters;
  range: ResolvedRange;
  problem: string | null;
  now: Date;
};

type Params = Record<string, string | string[] | undefined>;

/**
 * What a report page or its CSV route needs from the URL: the user's clinics, the validated filters and the
 * period as instants (in the chosen clinic's zone, else UTC).
 */
export async function reportContext(prisma: Db, user: CurrentUser, params: Params, now = new Date()): Promise<ReportContext> {
  const clinics = await reportClinics(prisma, user.clinicIds);
  const { filters, problem } = parseReportFilters(params, clinics.map((c) => c.id), now);
  const zone = clinics.find((c) => c.id === filters.clinicId)?.timeZone ?? "UTC";
  return { clinics, filters, range: resolveRange(filters, zone), problem, now };
}

/** URLSearchParams as the plain object the filter parser takes. */
export function paramsOf(url: string): Params {
  return Object.fromEntries(new URL(url).searchParams.entries());
}
