// `npx tsx scripts/bench-booking.ts [--rebuild] [--quick]` (npm run bench:booking): the booking actions on the demo data
// scaled to 50 clinics, 500 providers, 100 000 patients and 1 000 000 appointments in PostgreSQL
// (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/cadence_bench; built once, then reused).
// Measures in-process, after a warm-up, the same domain functions the server actions call (minus the session
// lookup): the Use Package modal's data, Auto Schedule of a fresh 20-session purchase across 5 providers at its
// clinic, and Confirm of that preview. Prints a table and a SUMMARY line; exits 1 when a target is missed.
// Not a test: timings depend on the machine.
import { cpus, loadavg } from "node:os";
import pg from "pg";
import { closePrismaClient, createPrismaClient, type AppPrismaClient } from "../lib/database/client";
import { AppError } from "../lib/errors";
import type { PlanPreview } from "../lib/booking/types";
import { packageOptions } from "../lib/queries/booking/package-options";
import { autoSchedule } from "../lib/services/booking/auto-schedule";
import { confirmPlan } from "../lib/services/booking/confirm-plan";
import { cancelAppointment } from "../lib/services/appointments/lifecycle";
import { loadCalendarData } from "../lib/queries/calendar";
import { buildCalendar } from "../lib/calendar/model";
import { addDays, localDateOf, rangeBounds, visibleDays } from "../lib/calendar/range";
import type { CurrentUser } from "../lib/session-types";
import { countRows, ensureBenchDatabase, removeBenchWrites } from "./bench-booking/build";
import { BENCH_ADMIN_ID, BENCH_TEMPLATE, serviceId, templateId, TEMPLATES } from "./bench-booking/catalogue";
import { makeRng } from "./bench/rng";
import { pct } from "./bench/stats";

const args = new Set(process.argv.slice(2));
const REBUILD = args.has("--rebuild");
const QUICK = args.has("--quick");
const KEEP = args.has("--keep"); // leave the benchmark's purchases and bookings in the database (for inspection)
const URL_ = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/cadence_bench";
const N = { modal: QUICK ? 40 : 300, modalWarm: QUICK ? 10 : 30, plan: QUICK ? 20 : 120, planWarm: QUICK ? 5 : 15, calendar: QUICK ? 30 : 200, calendarWarm: QUICK ? 5 : 20 };
const TARGET = { modal: 50, autoSchedule: 150, confirm: 200, calendar: 100, cancel: 100 };

// --- Queries per call: every statement goes through pg.Client#query (the pool's clients included). -------------
let queryCount = 0;
const originalQuery = pg.Client.prototype.query;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
(pg.Client.prototype as any).query = function (this: pg.Client, ...a: any[]) {
  queryCount++;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (originalQuery as any).apply(this, a);
};

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "—");
type Sample = { ms: number; queries: number };
async function measure<T>(f: () => Promise<T>): Promise<[T, Sample]> {
  const q0 = queryCount;
  const t0 = performance.now();
  const r = await f();
  return [r, { ms: performance.now() - t0, queries: queryCount - q0 }];
}

async function main(): Promise<number> {
  const out = (s = "") => console.log(s);
  out(`Booking benchmark${QUICK ? " (quick)" : ""} — node ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  out(`Database: ${URL_.replace(/\/\/[^@]*@/, "//")}`);
  const t0 = Date.now();
  const { meta, reused } = await ensureBenchDatabase(URL_, { rebuild: REBUILD, log: out });
  out(reused ? `Reused the cached bench database (built ${meta.now.slice(0, 10)} in ${(meta.buildMs / 1000).toFixed(0)} s; --rebuild to regenerate).` : `Built the bench database in ${((Date.now() - t0) / 1000).toFixed(0)} s.`);

  const admin = new pg.Client({ connectionString: URL_ });
  await admin.connect();
  const q = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await admin.query<R>(sql, params)).rows;
  const counts = await countRows(URL_);
  const extra = (await q<{ purchases: number; active: number; future: number; statuses: string }>(
    `SELECT (SELECT count(*) FROM package_purchases)::int AS purchases,
            (SELECT count(*) FROM package_purchases WHERE status = 'ACTIVE')::int AS active,
            (SELECT count(*) FROM appointments WHERE starts_at >= $1)::int AS future,
            (SELECT string_agg(status || ' ' || n, ', ' ORDER BY n DESC) FROM (SELECT status, count(*) n FROM appointments GROUP BY 1) s) AS statuses`,
    [meta.now],
  ))[0];
  out(`Data: ${counts.clinics} clinics, ${counts.providers} providers, ${counts.patients.toLocaleString("en-GB")} patients, ${counts.appointments.toLocaleString("en-GB")} appointments ` +
    `(${extra.future.toLocaleString("en-GB")} from now on; ${extra.statuses}), ${extra.purchases.toLocaleString("en-GB")} purchases (${extra.active.toLocaleString("en-GB")} active).`);
  out(`"Now" of the data: ${meta.now}`);
  const tA = Date.now();
  await admin.query("ANALYZE");
  out(`ANALYZE: ${((Date.now() - tA) / 1000).toFixed(1)} s`);
  out();

  const now = new Date(meta.now);
  const clinicIds = (await q<{ id: string }>(`SELECT id FROM clinics ORDER BY id`)).map((r) => r.id);
  const actor: CurrentUser = { id: BENCH_ADMIN_ID, name: "Bench Admin", email: "bench-admin@example.com", role: "ADMIN", clinicIds };
  const prisma: AppPrismaClient = createPrismaClient({ target: { kind: "postgres", url: URL_ }, maxConnections: 10 });
  const random = makeRng(20261124);

  try {
    // (1) The Use Package modal's data for random active patients.
    const patients = (await q<{ id: string }>(`SELECT id FROM patients WHERE active ORDER BY id`)).map((r) => r.id);
    const modal: Sample[] = [];
    for (let i = 0; i < N.modalWarm + N.modal; i++) {
      const id = patients[Math.floor(random() * patients.length)];
      const [, s] = await measure(() => packageOptions(prisma, id, now, actor.clinicIds));
      if (i >= N.modalWarm) modal.push(s);
    }

    // (2)+(3) Per run: a fresh 20-session purchase for a patient of clinic (run mod 50), Auto Schedule across 5
    // providers qualified at that clinic, then Confirm of the preview. Each run sees the bookings of the runs before
    // it, as in real use, so a confirm never collides with an earlier one.
    const tpl = TEMPLATES.find((t) => t.key === BENCH_TEMPLATE)!;
    const sessionsPerCourse = tpl.items.reduce((n, [, k]) => n + k, 0);
    const physioIds = [serviceId("assessment"), serviceId("physio")];
    const providersAt = new Map<string, string[]>();
    for (const c of clinicIds) {
      providersAt.set(c, (await q<{ id: string }>(
        `SELECT DISTINCT p.id FROM providers p JOIN provider_services ps ON ps.provider_id = p.id AND ps.service_id = ANY($2)
         JOIN provider_availability pa ON pa.provider_id = p.id AND pa.clinic_id = $1 WHERE p.active ORDER BY p.id`,
        [c, physioIds],
      )).map((r) => r.id));
    }
    const thin = [...providersAt].filter(([, ids]) => ids.length < 5);
    if (thin.length) throw new Error(`clinics with fewer than 5 physiotherapists: ${thin.map(([c]) => c).join(", ")}`);
    const used = new Set<string>();
    const candidatesAt = new Map<string, string[]>();
    const pickPatient = async (clinicId: string) => {
      let list = candidatesAt.get(clinicId);
      if (!list) {
        list = (await q<{ id: string }>(
          `SELECT id FROM patients p WHERE preferred_clinic_id = $1 AND active AND NOT EXISTS
             (SELECT 1 FROM package_purchases x WHERE x.patient_id = p.id AND x.package_id = $2 AND x.status = 'ACTIVE') ORDER BY id`,
          [clinicId, templateId(BENCH_TEMPLATE)],
        )).map((r) => r.id);
        candidatesAt.set(clinicId, list);
      }
      for (;;) {
        const id = list[Math.floor(random() * list.length)];
        if (!used.has(id)) return used.add(id), id;
      }
    };
    const runTag = `${Date.now().toString(36)}`;
    const auto: Sample[] = [];
    const confirm: Sample[] = [];
    let conflicts = 0;
    let otherErrors = 0;
    let unplacedRuns = 0;
    let placedTotal = 0;
    let bookedTotal = 0;
    const conflictMessages: string[] = [];
    for (let i = 0; i < N.planWarm + N.plan; i++) {
      const measured = i >= N.planWarm;
      const clinicId = clinicIds[i % clinicIds.length];
      const patientId = await pickPatient(clinicId);
      const purchaseId = `bench_${runTag}_${i}`;
      await admin.query("BEGIN");
      await admin.query(
        `INSERT INTO package_purchases (id, patient_id, package_id, package_name, purchased_at, expires_at, price_paid_minor, status,
                                        min_days_between, max_per_week, assigned_by_id, idempotency_key, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5::timestamptz + make_interval(days => $6), $7, 'ACTIVE', $8, $9, $10, $11, $5)`,
        [purchaseId, patientId, templateId(tpl.key), tpl.name, now, tpl.validityDays, tpl.priceMinor, tpl.minDaysBetween, tpl.maxPerWeek, BENCH_ADMIN_ID, `bench:${purchaseId}`],
      );
      for (const [key, sessions] of tpl.items) {
        await admin.query(`INSERT INTO purchase_items (id, purchase_id, service_id, sessions_total) VALUES ($1, $2, $3, $4)`, [`${purchaseId}_${key}`, purchaseId, serviceId(key), sessions]);
      }
      await admin.query("COMMIT");
      const all = providersAt.get(clinicId)!;
      const offset = Math.floor(i / clinicIds.length) * 2;
      const providerIds = Array.from({ length: 5 }, (_, k) => all[(offset + k) % all.length]);

      const [preview, sa] = await measure<PlanPreview>(() => autoSchedule(prisma, actor, { purchaseId, clinicIds: [clinicId], providerIds }, now));
      if (measured) {
        auto.push(sa);
        placedTotal += preview.sessions.length;
        if (preview.unplaced.length) unplacedRuns++;
      }
      if (preview.sessions.length === 0) continue;
      const sessions = preview.sessions.map((s) => ({ serviceId: s.serviceId, providerId: s.providerId, clinicId: s.clinicId, start: s.start }));
      try {
        const [batch, sc] = await measure(() => confirmPlan(prisma, actor, { purchaseId, idempotencyKey: `bench:batch:${purchaseId}`, sessions }, now));
        if (measured) {
          confirm.push(sc);
          bookedTotal += batch.appointmentCount;
        }
      } catch (e) {
        if (e instanceof AppError && (e.code === "SLOT_TAKEN" || e.code === "PACKAGE_EXHAUSTED")) {
          conflicts++;
          if (conflictMessages.length < 3) conflictMessages.push(e.userMessage);
        } else {
          otherErrors++;
          if (otherErrors === 1) console.error(e);
        }
      }
    }

    // (4) The week calendar of the busiest clinics (every provider), for the weeks around "now": the three queries
    // and the grid model, as the page computes them.
    const busiest = await q<{ id: string; tz: string; n: number }>(
      `SELECT c.id, c.time_zone AS tz, count(*)::int AS n FROM appointments a JOIN clinics c ON c.id = a.clinic_id
        WHERE a.starts_at >= $1::timestamptz - interval '7 days' AND a.starts_at < $1::timestamptz + interval '14 days'
        GROUP BY c.id, c.time_zone ORDER BY n DESC LIMIT 5`,
      [now],
    );
    const calendar: Sample[] = [];
    let shown = 0;
    for (let i = 0; i < N.calendarWarm + N.calendar; i++) {
      const clinic = busiest[i % busiest.length];
      const days = visibleDays("week", addDays(localDateOf(now, clinic.tz), 7 * ((i % 3) - 1)));
      const { start, end } = rangeBounds(days, clinic.tz);
      const [model, sc] = await measure(async () => {
        const data = await loadCalendarData(prisma, { clinicId: clinic.id, firstDay: days[0], lastDay: days[6], start, end, providerId: null });
        return buildCalendar({ ...data, view: "week", days, providerId: null, showCancelled: false, now });
      });
      if (i >= N.calendarWarm) {
        calendar.push(sc);
        shown += model.columns.reduce((n, c) => n + c.blocks.length, 0);
      }
    }

    // (5) Cancelling one session of each confirmed course (a row lock, the status, the ledger, the audit row).
    const cancel: Sample[] = [];
    const toCancel = (await q<{ id: string }>(
      `SELECT DISTINCT ON (a.purchase_id) a.id FROM appointments a WHERE a.purchase_id LIKE $1 AND a.status = 'SCHEDULED' ORDER BY a.purchase_id, a.starts_at DESC`,
      [`bench_${runTag}_%`],
    )).map((r) => r.id);
    for (const id of toCancel) {
      const [, sc] = await measure(() => cancelAppointment(prisma, actor, { appointmentId: id, reason: "Benchmark" }, now));
      cancel.push(sc);
    }

    // --- Report ---------------------------------------------------------------------------------------------------
    const row = (name: string, xs: Sample[], target: number) => {
      const ms = xs.map((x) => x.ms);
      const qs = xs.map((x) => x.queries);
      const p95 = pct(ms, 95);
      out(
        `${name.padEnd(40)}${String(xs.length).padStart(5)}${f1(pct(ms, 50)).padStart(9)}${f1(p95).padStart(9)}${f1(Math.max(...ms)).padStart(9)}` +
          `${String(`≤${target}`).padStart(8)}  ${p95 <= target ? "met " : "MISSED"}${(qs.reduce((a, b) => a + b, 0) / Math.max(1, qs.length)).toFixed(1).padStart(9)}`,
      );
      return p95;
    };
    out("operation (in-process, wall ms)           runs      p50      p95      max  target  result  queries/call");
    const pModal = row("package modal data (packageOptions)", modal, TARGET.modal);
    const pAuto = row(`Auto Schedule (${sessionsPerCourse} sessions, 5 providers)`, auto, TARGET.autoSchedule);
    const pConfirm = row(`Confirm (${sessionsPerCourse}-session preview)`, confirm, TARGET.confirm);
    const pCalendar = row("week calendar (busiest clinics)", calendar, TARGET.calendar);
    const pCancel = row("cancel a package session", cancel, TARGET.cancel);
    out();
    out(`The week calendar drew ${(shown / Math.max(1, calendar.length)).toFixed(0)} appointments a week on average (busiest clinics: ${busiest.map((b) => b.n).join(", ")} appointments in the 3 weeks around now).`);
    out(`Auto Schedule placed ${placedTotal} of ${auto.length * sessionsPerCourse} sessions (${unplacedRuns} runs with unplaced sessions); Confirm booked ${bookedTotal} appointments.`);
    out(`Confirm conflicts (slot taken / exhausted): ${conflicts}; other errors: ${otherErrors}.${conflictMessages.length ? ` e.g. ${conflictMessages[0]}` : ""}`);
    out("(queries/call counts every statement sent, BEGIN/COMMIT and the row lock included; warm-up runs: " +
      `${N.modalWarm} modal, ${N.planWarm} plan+confirm, not measured)`);
    out();
    const ok =
      pModal <= TARGET.modal && pAuto <= TARGET.autoSchedule && pConfirm <= TARGET.confirm && pCalendar <= TARGET.calendar && pCancel <= TARGET.cancel &&
      conflicts === 0 && otherErrors === 0 && confirm.length > 0 && cancel.length > 0;
    out(
      `SUMMARY modal p95=${f1(pModal)} ms (≤${TARGET.modal}) autoSchedule p95=${f1(pAuto)} ms (≤${TARGET.autoSchedule}) confirm p95=${f1(pConfirm)} ms (≤${TARGET.confirm}) ` +
        `calendar p95=${f1(pCalendar)} ms (≤${TARGET.calendar}) cancel p95=${f1(pCancel)} ms (≤${TARGET.cancel}) conflicts=${conflicts} — ${ok ? "PASS" : "FAIL"}`,
    );
    return ok ? 0 : 1;
  } finally {
    await closePrismaClient(prisma);
    await admin.end();
    if (!KEEP) await removeBenchWrites(URL_);
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
