import { z } from "zod";
import { parseLocalDate, parseLocalTime } from "./calendar";
import { isValidTimeZone } from "./local-time";

// The request as JSON. zod checks shapes; cross-references (unknown ids, duplicates) are checked afterwards so that
// every message names the exact offending field, e.g. `providers[1].availability[0].clinicId: unknown clinic "c9"`.

const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

export function parseInstant(text: string): number | null {
  if (!INSTANT_RE.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}

const instant = z.string().refine((s) => parseInstant(s) !== null, { message: "not an ISO instant (e.g. 2026-03-02T08:00:00Z)" });
const startTime = z.string().refine((s) => parseLocalTime(s, false) !== null, { message: "not a local time HH:MM" });
const endTime = z.string().refine((s) => parseLocalTime(s, true) !== null, { message: "not a local time HH:MM (24:00 allowed)" });
const localDate = z.string().refine((s) => parseLocalDate(s) !== null, { message: "not a local date YYYY-MM-DD" });
const id = z.string().min(1);
const weekday = z.number().int().min(1).max(7);
const nonNegInt = z.number().int().min(0);

function localRange<T extends z.ZodRawShape>(extra: T) {
  return z
    .object({ ...extra, start: startTime, end: endTime })
    .refine((r) => {
      const { start, end } = r as unknown as { start: string; end: string };
      return (parseLocalTime(end, true) ?? 0) > (parseLocalTime(start, false) ?? 0);
    }, {
      message: "end must be after start",
      path: ["end"],
    });
}

function instantRange<T extends z.ZodRawShape>(extra: T) {
  return z
    .object({ ...extra, start: instant, end: instant })
    .refine((r) => {
      const { start, end } = r as unknown as { start: string; end: string };
      return (parseInstant(end) ?? 0) > (parseInstant(start) ?? 0);
    }, {
      message: "end must be after start",
      path: ["end"],
    });
}

const nonEmpty = { message: "must not be empty (omit the field instead)" };

/** When the patient can come at all (hard rule 9); local to the clinic where each session takes place. */
export const ZPatientAvailability = z.object({
  weekdays: z.array(weekday).min(1, nonEmpty).optional(),
  windows: z.array(localRange({})).min(1, nonEmpty).optional(),
  unavailableDates: z.array(localDate).optional(),
});

export const ZPlanRequest = z.object({
  now: instant,
  clinics: z.array(
    z.object({
      id,
      name: z.string().optional(),
      timeZone: z.string().refine(isValidTimeZone, { error: (iss) => `unknown time zone "${String(iss.input)}"` }),
      hours: z.array(localRange({ weekday })).default([]),
      closures: z.array(localDate).default([]),
      serviceIds: z.array(id).default([]),
    }),
  ),
  services: z.array(
    z.object({
      id,
      name: z.string().optional(),
      durationMin: z.number().int().min(1),
      bufferAfterMin: nonNegInt.default(0),
    }),
  ),
  providers: z.array(
    z.object({
      id,
      name: z.string().optional(),
      serviceIds: z.array(id).default([]),
      availability: z.array(localRange({ clinicId: id, weekday })).default([]),
      timeOff: z.array(instantRange({})).default([]),
    }),
  ),
  busy: z.array(instantRange({ providerId: id })).default([]),
  // clinicId (optional) is compared as an id only: the patient's appointment may be at a clinic outside `clinics`.
  patientBusy: z.array(instantRange({ clinicId: id.optional() })).default([]),
  travelMinutes: z.number().int().min(0, { message: "must not be negative" }).optional(),
  courseBooked: z.array(instantRange({ clinicId: id })).optional(),
  sessions: z.array(z.object({ serviceId: id, count: z.number().int().min(1) })),
  clinicIds: z.array(id).min(1, { message: "must select at least one clinic" }),
  providerIds: z.array(id).min(1, { message: "must select at least one provider" }),
  minNoticeMinutes: nonNegInt.optional(),
  earliestStart: instant.optional(),
  expiresAt: instant,
  cadence: z
    .object({ minDaysBetween: nonNegInt.optional(), maxPerWeek: nonNegInt.optional() })
    .optional(),
  preferences: z
    .object({
      weekdays: z.array(weekday).optional(),
      windows: z.array(localRange({})).optional(),
      providerIds: z.array(id).optional(),
    })
    .optional(),
  patientAvailability: ZPatientAvailability.optional(),
  slotStepMinutes: z
    .number()
    .int()
    .min(5)
    .refine((n) => 1440 % n === 0, { message: "must divide 1440 (a day in minutes)" })
    .optional(),
});

/** A request as written in JSON (what `parsePlanRequest` accepts and returns, defaults filled in). */
export type PlanRequest = z.input<typeof ZPlanRequest>;
export type ParsedPlanRequest = z.output<typeof ZPlanRequest>;
export type PatientAvailability = z.input<typeof ZPatientAvailability>;

export type ParseResult = { ok: true; request: ParsedPlanRequest } | { ok: false; error: string };

function pathText(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || "request";
}

export function parsePlanRequest(json: unknown): ParseResult {
  const parsed = ZPlanRequest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${pathText(issue.path)}: ${issue.message}` };
  }
  const error = checkReferences(parsed.data);
  return error ? { ok: false, error } : { ok: true, request: parsed.data };
}

function checkReferences(r: ParsedPlanRequest): string | null {
  const clinics = new Set<string>();
  const services = new Set<string>();
  const providers = new Set<string>();
  const dup = (set: Set<string>, value: string, where: string, kind: string): string | null => {
    if (set.has(value)) return `${where}: duplicate ${kind} id "${value}"`;
    set.add(value);
    return null;
  };
  for (const [i, c] of r.clinics.entries()) {
    const e = dup(clinics, c.id, `clinics[${i}].id`, "clinic");
    if (e) return e;
  }
  for (const [i, s] of r.services.entries()) {
    const e = dup(services, s.id, `services[${i}].id`, "service");
    if (e) return e;
  }
  for (const [i, p] of r.providers.entries()) {
    const e = dup(providers, p.id, `providers[${i}].id`, "provider");
    if (e) return e;
  }
  const unknown = (set: Set<string>, value: string, where: string, kind: string) =>
    set.has(value) ? null : `${where}: unknown ${kind} "${value}"`;
  const checks: (string | null)[] = [];
  r.clinics.forEach((c, i) => c.serviceIds.forEach((s, j) => checks.push(unknown(services, s, `clinics[${i}].serviceIds[${j}]`, "service"))));
  r.providers.forEach((p, i) => {
    p.serviceIds.forEach((s, j) => checks.push(unknown(services, s, `providers[${i}].serviceIds[${j}]`, "service")));
    p.availability.forEach((a, j) => checks.push(unknown(clinics, a.clinicId, `providers[${i}].availability[${j}].clinicId`, "clinic")));
  });
  r.busy.forEach((b, i) => checks.push(unknown(providers, b.providerId, `busy[${i}].providerId`, "provider")));
  (r.courseBooked ?? []).forEach((b, i) => checks.push(unknown(clinics, b.clinicId, `courseBooked[${i}].clinicId`, "clinic")));
  const seen = new Set<string>();
  r.sessions.forEach((s, i) => {
    checks.push(unknown(services, s.serviceId, `sessions[${i}].serviceId`, "service"));
    checks.push(seen.has(s.serviceId) ? `sessions[${i}].serviceId: service "${s.serviceId}" is listed twice` : null);
    seen.add(s.serviceId);
  });
  r.clinicIds.forEach((c, i) => checks.push(unknown(clinics, c, `clinicIds[${i}]`, "clinic")));
  r.providerIds.forEach((p, i) => checks.push(unknown(providers, p, `providerIds[${i}]`, "provider")));
  (r.preferences?.providerIds ?? []).forEach((p, i) =>
    checks.push(unknown(providers, p, `preferences.providerIds[${i}]`, "provider")),
  );
  return checks.find((c) => c !== null) ?? null;
}
