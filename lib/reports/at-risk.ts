import "server-only";
import type { Db } from "@/lib/database/client";
import { formatDate } from "@/lib/format";
import { toCsv } from "@/lib/reports/csv";
import { atRiskCourses, type AtRiskPurchase, type AtRiskReport } from "@/lib/queries/reports/at-risk";
import { reportClinics, type ReportClinic } from "@/lib/queries/reports/clinics";
import type { CurrentUser } from "@/lib/session-types";

type Params = Record<string, string | string[] | undefined>;

export type AtRiskView = { clinics: ReportClinic[]; clinic: ReportClinic | null; problem: string | null; report: AtRiskReport; now: Date };

/**
 * The at-risk report for the clinic in the URL (one clinic at a time: every purchase is planned, so "All clinics"
 * would multiply the work by the number of clinics); without one, the user's first clinic by name.
 */
export async function atRiskView(prisma: Db, user: CurrentUser, params: Params, now = new Date()): Promise<AtRiskView> {
  const clinics = await reportClinics(prisma, user.clinicIds);
  const raw = Array.isArray(params.clinic) ? params.clinic[0] : params.clinic;
  const chosen = raw ? clinics.find((c) => c.id === raw) : undefined;
  const clinic = chosen ?? clinics[0] ?? null;
  const problem = raw && !chosen && clinic ? `That clinic is not available; showing ${clinic.name}.` : null;
  const report = clinic ? await atRiskCourses(prisma, clinic.id, now) : { purchases: [], capacity: [], truncated: false };
  return { clinics, clinic, problem, report, now };
}

export const atRisk = (p: AtRiskPurchase) => p.placeable < p.unbooked;

/** "Won't fit: 3 of 5" (sessions that cannot be placed, of those unbooked), or "Fits". */
export function fitLabel(p: AtRiskPurchase): string {
  return atRisk(p) ? `Won't fit: ${p.unbooked - p.placeable} of ${p.unbooked}` : "Fits";
}

/** The planner's reasons, one per service: "Laser Therapy (3): only 2 …". */
export function reasonText(p: AtRiskPurchase): string {
  return p.unplaced.map((u) => `${u.serviceName} (${u.count}): ${u.reason}`).join(" ");
}

/** The last day of validity in the clinic's zone (expiresAt is the midnight after it). */
export const lastDay = (expiresAt: Date, timeZone: string) => formatDate(new Date(expiresAt.getTime() - 1), timeZone);

/** The CSV: every active purchase of the clinic with unbooked sessions (at-risk first), as on the page. */
export function atRiskCsv(view: AtRiskView): string {
  const zone = view.clinic?.timeZone ?? "UTC";
  return toCsv(
    ["Clinic", "Patient", "Package", "Last day", "Unbooked sessions", "Placeable before expiry", "Status", "Planner's reason"],
    view.report.purchases.map((p) => [view.clinic?.name, p.patientName, p.packageName, lastDay(p.expiresAt, zone), p.unbooked, p.placeable, fitLabel(p), reasonText(p)]),
  );
}
