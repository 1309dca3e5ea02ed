import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/database/client";
import { expiringPurchases } from "@/lib/queries/reports/expiring";
import { reportClinics } from "@/lib/queries/reports/clinics";
import type { CurrentUser } from "@/lib/session-types";
import { toCsv } from "./csv";

export const EXPIRING_DEFAULT_DAYS = 30;
export const EXPIRING_MAX_DAYS = 365;

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The call list for a user: their clinics only (admins: every clinic, and purchases without one). */
export async function expiringList(prisma: Db, user: CurrentUser, params: Params, now = new Date()) {
  const clinics = await reportClinics(prisma, user.clinicIds);
  const raw = first(params.clinic);
  const clinicId = raw && clinics.some((c) => c.id === raw) ? raw : null;
  const parsedDays = z.coerce.number().int().min(1).max(EXPIRING_MAX_DAYS).safeParse(first(params.days) ?? EXPIRING_DEFAULT_DAYS);
  const days = parsedDays.success ? parsedDays.data : EXPIRING_DEFAULT_DAYS;
  const problems = [
    raw && !clinicId ? "That clinic is not one of yours; showing all your clinics." : null,
    parsedDays.success ? null : `Days must be a whole number from 1 to ${EXPIRING_MAX_DAYS}; showing ${EXPIRING_DEFAULT_DAYS}.`,
  ].filter((p): p is string => p !== null);
  const rows = await expiringPurchases(prisma, {
    clinicIds: clinicId ? [clinicId] : clinics.map((c) => c.id),
    includeUnassigned: user.role === "ADMIN" && clinicId === null,
    now,
    days,
  });
  return { clinics, clinicId, days, rows, problem: problems.join(" ") || null, now };
}

export function expiringCsv(rows: Awaited<ReturnType<typeof expiringList>>["rows"]): string {
  return toCsv(
    ["Patient", "Phone", "Clinic", "Package", "Remaining (sessions)", "Remaining per service", "Expires (UTC)", "Last visit (UTC)"],
    rows.map((r) => [
      r.patientName,
      r.phone,
      r.clinicName,
      r.packageName,
      r.remainingTotal,
      r.remaining.map((x) => `${x.serviceName}: ${x.sessions}`).join("; "),
      r.expiresAt,
      r.lastVisit,
    ]),
  );
}
