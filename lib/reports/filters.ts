// The filters every report takes from its URL: a clinic (or all the user may see) and a date range of local days.
// Days are read in the clinic's zone when one clinic is chosen, in UTC otherwise; `to` is inclusive.
import { TZDate } from "@date-fns/tz";
import { z } from "zod";

export const MAX_RANGE_DAYS = 731;

const dateKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Dates are YYYY-MM-DD.");

export type ReportFilters = {
  clinicId: string | null;
  from: string;
  to: string;
};

export type ResolvedRange = { fromAt: Date; toAt: Date; timeZone: string };

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function isRealDate(key: string): boolean {
  const d = new Date(`${key}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === key;
}

/** The calendar quarter containing `now` (UTC), as the default range. */
export function currentQuarter(now: Date): { from: string; to: string } {
  const y = now.getUTCFullYear();
  const q = Math.floor(now.getUTCMonth() / 3);
  const from = new Date(Date.UTC(y, q * 3, 1));
  const to = new Date(Date.UTC(y, q * 3 + 3, 0));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

/**
 * Parses the filters; anything malformed falls back to the default with a message for the page to show, so a
 * hand-edited URL never breaks the report. `clinicIds` are the clinics the user may see.
 */
export function parseReportFilters(params: Params, clinicIds: readonly string[], now: Date): { filters: ReportFilters; problem: string | null } {
  const fallback = currentQuarter(now);
  const rawClinic = first(params.clinic);
  const clinicId = rawClinic && clinicIds.includes(rawClinic) ? rawClinic : null;
  let problem: string | null = rawClinic && !clinicId ? "That clinic is not available; showing all clinics." : null;
  const from = dateKey.safeParse(first(params.from));
  const to = dateKey.safeParse(first(params.to));
  let range = fallback;
  if (first(params.from) !== undefined || first(params.to) !== undefined) {
    if (!from.success || !to.success || !isRealDate(from.data) || !isRealDate(to.data)) {
      problem = "Dates must be real days written YYYY-MM-DD; showing this quarter.";
    } else if (from.data > to.data) {
      problem = "The start date is after the end date; showing this quarter.";
    } else if ((Date.parse(to.data) - Date.parse(from.data)) / 86_400_000 + 1 > MAX_RANGE_DAYS) {
      problem = `A report covers at most ${MAX_RANGE_DAYS} days; showing this quarter.`;
    } else {
      range = { from: from.data, to: to.data };
    }
  }
  return { filters: { clinicId, ...range }, problem };
}

/** Local midnight at the start of `from` up to local midnight after `to`, in `timeZone`. */
export function resolveRange(filters: ReportFilters, timeZone: string): ResolvedRange {
  const at = (key: string, plusDays: number) => {
    const [y, m, d] = key.split("-").map(Number);
    return new Date(new TZDate(y, m - 1, d + plusDays, 0, 0, 0, timeZone).getTime());
  };
  return { fromAt: at(filters.from, 0), toAt: at(filters.to, 1), timeZone };
}

/** The query string of a report URL for these filters (for CSV links and the print view). */
export function filterQuery(filters: ReportFilters, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  if (filters.clinicId) q.set("clinic", filters.clinicId);
  q.set("from", filters.from);
  q.set("to", filters.to);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}
