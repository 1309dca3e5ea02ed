// Builds (or reuses) the scaled benchmark database: migrations deployed by the app's own engine, the catalogue
// written from catalogue.ts, then patients, purchases and 1 000 000 appointments generated inside PostgreSQL
// (INSERT … SELECT over generate_series), so the build takes a few minutes. Appointment times come from each
// provider's packed day of slots, so they cannot overlap; each patient is seen by one provider only, so a patient
// is never in two places at once. The database comment records what was built; a later run reuses it when the
// generator version, the already-applied migrations and the row counts still match.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { adminQuery, quoteIdent } from "../db/admin-sql";
import { deployMigrations } from "../db/engine";
import {
  APPOINTMENTS,
  BENCH_TEMPLATE,
  buildClinics,
  buildProviders,
  buildSlots,
  CLINICS,
  FUTURE_DAYS,
  PAST_DAYS,
  PATIENTS,
  PRIMARY_APPOINTMENTS,
  PROVIDERS,
  serviceId,
  SERVICES,
  templateId,
  templateItemId,
  TEMPLATES,
} from "./catalogue";

/** Bump when the generated data changes shape, so cached databases are rebuilt. */
export const GENERATOR_VERSION = 1;
export const BENCH_ADMIN_ID = "bench_admin";

export type BenchMeta = { generator: number; migrations: Record<string, string>; now: string; buildMs: number };
export type Counts = { clinics: number; providers: number; patients: number; appointments: number };
export const EXPECTED: Counts = { clinics: CLINICS, providers: PROVIDERS, patients: PATIENTS, appointments: APPOINTMENTS };

function migrationHashes(dir = path.join(process.cwd(), "prisma", "migrations")): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name, "migration.sql");
    if (fs.existsSync(file)) out[name] = crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex").slice(0, 16);
  }
  return out;
}

function maintenanceUrl(url: string): string {
  const u = new URL(url);
  u.pathname = "/postgres";
  return u.toString();
}
function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

async function withClient<T>(url: string, run: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function countRows(url: string): Promise<Counts> {
  return withClient(url, async (c) => {
    const r = await c.query(
      `SELECT (SELECT count(*) FROM clinics)::int AS clinics, (SELECT count(*) FROM providers)::int AS providers,
              (SELECT count(*) FROM patients)::int AS patients, (SELECT count(*) FROM appointments)::int AS appointments`,
    );
    return r.rows[0] as Counts;
  });
}

async function readMeta(url: string): Promise<BenchMeta | null> {
  const name = databaseName(url);
  return withClient(maintenanceUrl(url), async (c) => {
    const r = await c.query(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [name]);
    if (r.rowCount === 0) return null;
    try {
      return JSON.parse(r.rows[0].comment ?? "null") as BenchMeta | null;
    } catch {
      return null;
    }
  });
}

async function writeMeta(url: string, meta: BenchMeta): Promise<void> {
  await adminQuery(maintenanceUrl(url), `COMMENT ON DATABASE ${quoteIdent(databaseName(url))} IS '${JSON.stringify(meta).replace(/'/g, "''")}'`);
}

/** Rows the benchmark itself wrote (purchases, batches, appointments, audit), so every run starts from the same data. */
export async function removeBenchWrites(url: string): Promise<number> {
  return withClient(url, async (c) => {
    await c.query("BEGIN");
    await c.query(`DELETE FROM audit_log`);
    const a = await c.query(`DELETE FROM appointments WHERE purchase_id IN (SELECT id FROM package_purchases WHERE idempotency_key LIKE 'bench:%')`);
    await c.query(`DELETE FROM booking_batches WHERE idempotency_key LIKE 'bench:%'`);
    await c.query(`DELETE FROM purchase_items WHERE purchase_id IN (SELECT id FROM package_purchases WHERE idempotency_key LIKE 'bench:%')`);
    await c.query(`DELETE FROM package_purchases WHERE idempotency_key LIKE 'bench:%'`);
    await c.query("COMMIT");
    return a.rowCount ?? 0;
  });
}

/**
 * The bench database, ready: reused when it was built by this generator, its recorded migrations are unchanged
 * (new ones are deployed on top) and the row counts match; otherwise dropped and built again.
 */
export async function ensureBenchDatabase(url: string, opts: { rebuild: boolean; log: (s: string) => void }): Promise<{ meta: BenchMeta; reused: boolean }> {
  const hashes = migrationHashes();
  const meta = opts.rebuild ? null : await readMeta(url);
  if (meta && meta.generator === GENERATOR_VERSION && Object.entries(meta.migrations).every(([n, h]) => hashes[n] === h)) {
    const pending = Object.keys(hashes).filter((n) => !(n in meta.migrations));
    if (pending.length) {
      opts.log(`Deploying new migrations onto the cached bench database: ${pending.join(", ")}`);
      await deployMigrations({ kind: "postgres", url });
      meta.migrations = hashes;
      await writeMeta(url, meta);
    }
    await removeBenchWrites(url);
    const counts = await countRows(url);
    if ((Object.keys(EXPECTED) as (keyof Counts)[]).every((k) => counts[k] === EXPECTED[k])) return { meta, reused: true };
    opts.log(`Cached bench database has unexpected row counts ${JSON.stringify(counts)}; rebuilding.`);
  } else if (meta) {
    opts.log("Cached bench database was built by another generator version or with other migrations; rebuilding.");
  }
  const started = Date.now();
  const name = databaseName(url);
  await adminQuery(maintenanceUrl(url), `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  await adminQuery(maintenanceUrl(url), `CREATE DATABASE ${quoteIdent(name)}`);
  opts.log(`Created database ${name}; deploying migrations…`);
  await deployMigrations({ kind: "postgres", url });
  const now = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000 + 7 * 3_600_000); // 07:00 UTC today
  await generate(url, now, opts.log);
  const built: BenchMeta = { generator: GENERATOR_VERSION, migrations: hashes, now: now.toISOString(), buildMs: Date.now() - started };
  await writeMeta(url, built);
  return { meta: built, reused: false };
}

async function insertRows(c: pg.Client, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const per = Math.max(1, Math.floor(30_000 / columns.length));
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const params: unknown[] = [];
    const values = chunk.map((r) => `(${r.map((v) => (params.push(v), `$${params.length}`)).join(",")})`);
    await c.query(`INSERT INTO ${table} (${columns.map((x) => `"${x}"`).join(",")}) VALUES ${values.join(",")}`, params);
  }
}

async function generate(url: string, now: Date, log: (s: string) => void): Promise<void> {
  const clinics = buildClinics();
  const providers = buildProviders(clinics);
  const slots = buildSlots(providers, clinics);
  const today = now.toISOString().slice(0, 10);
  const nowIso = now.toISOString();
  const est = new Date(now.getTime() - 400 * 86_400_000);
  const step = async (label: string, f: () => Promise<unknown>) => {
    const t0 = Date.now();
    await f();
    log(`  ${label.padEnd(44)} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
  await withClient(url, async (c) => {
    await c.query(`SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '512MB'; SELECT setseed(0.4242)`);
    await step("catalogue (services, clinics, providers, templates)", async () => {
      await insertRows(c, "users", ["id", "email", "name", "password_hash", "role", "active", "created_at", "updated_at"], [
        [BENCH_ADMIN_ID, "bench-admin@example.com", "Bench Admin", "!", "ADMIN", true, est, est],
      ]);
      await insertRows(c, "services", ["id", "name", "duration_min", "buffer_after_min", "price_minor", "colour", "active", "created_at", "updated_at"],
        SERVICES.map((s) => [serviceId(s.key), s.name, s.durationMin, s.bufferAfterMin, s.priceMinor, s.colour, s.active, est, est]));
      await insertRows(c, "clinics", ["id", "name", "time_zone", "address", "phone", "late_cancel_window_hours", "created_at", "updated_at"],
        clinics.map((k) => [k.id, k.name, k.timeZone, `${k.idx + 1} High Street`, "020 7946 0000", k.idx % 5 === 1 ? 48 : 24, est, est]));
      const hours: unknown[][] = [];
      const closures: unknown[][] = [];
      for (const k of clinics) {
        for (const [weekday, list] of k.hours) for (const [a, b] of list) hours.push([`bch_${k.idx}_${weekday}_${a}`, k.id, weekday, a, b]);
        // Public holidays: a few dates in the past and the coming months (differing between the two zones).
        for (const d of k.timeZone === "Europe/London" ? [-150, -61, 26, 54] : [-120, -33, 12, 75]) {
          closures.push([`bcc_${k.idx}_${d}`, k.id, new Date(Date.parse(today) + d * 86_400_000).toISOString().slice(0, 10), "Public holiday"]);
        }
      }
      await insertRows(c, "clinic_hours", ["id", "clinic_id", "weekday", "start_minute", "end_minute"], hours);
      await insertRows(c, "clinic_closures", ["id", "clinic_id", "date", "reason"], closures);
      await insertRows(c, "clinic_services", ["clinic_id", "service_id"], clinics.flatMap((k) => k.services.map((s) => [k.id, serviceId(s)])));
      await insertRows(c, "providers", ["id", "name", "title", "active", "created_at", "updated_at"], providers.map((p) => [p.id, p.name, p.title, true, est, est]));
      await insertRows(c, "provider_services", ["provider_id", "service_id"], providers.flatMap((p) => p.services.map((s) => [p.id, serviceId(s)])));
      await insertRows(c, "provider_clinics", ["provider_id", "clinic_id"], providers.flatMap((p) => [...p.availability.keys()].map((k) => [p.id, k])));
      const avail: unknown[][] = [];
      for (const p of providers) for (const [clinicId, perDay] of p.availability) for (const [wd, list] of perDay) for (const [a, b] of list) avail.push([`bpa_${p.idx}_${clinicId}_${wd}_${a}`, p.id, clinicId, wd, a, b]);
      await insertRows(c, "provider_availability", ["id", "provider_id", "clinic_id", "weekday", "start_minute", "end_minute"], avail);
      await insertRows(c, "packages", ["id", "name", "description", "price_minor", "validity_days", "active", "sale_ends_on", "min_days_between", "max_per_week", "max_active_per_patient", "created_at", "updated_at"],
        TEMPLATES.map((t) => [templateId(t.key), t.name, `${t.name}.`, t.priceMinor, t.validityDays, t.active,
          t.saleEndsInDays === undefined ? null : new Date(Date.parse(today) + t.saleEndsInDays * 86_400_000).toISOString().slice(0, 10),
          t.minDaysBetween, t.maxPerWeek, t.maxActivePerPatient, est, est]));
      await insertRows(c, "package_items", ["id", "package_id", "service_id", "sessions"], TEMPLATES.flatMap((t) => t.items.map(([s, n]) => [templateItemId(t.key, s), templateId(t.key), serviceId(s), n])));
      // Helper tables for the generator (temporary: gone with this session).
      await c.query(`CREATE TEMP TABLE g_slots (provider_id text, provider_idx int, clinic_id text, tz text, weekday int, start_min int, service_id text, dur int, buf int)`);
      await insertRows(c, "g_slots", ["provider_id", "provider_idx", "clinic_id", "tz", "weekday", "start_min", "service_id", "dur", "buf"],
        slots.map((s) => [s.providerId, s.providerIdx, s.clinicId, s.timeZone, s.weekday, s.startMin, s.serviceId, s.dur, s.buf]));
    });
    await step("time off (leave weeks, half days)", async () => {
      // A past week of leave for everyone, a coming week for half, a half day for one in five; whole local days.
      await c.query(`CREATE TEMP TABLE g_off AS
        SELECT p.id AS provider_id, p.idx, (DATE '${today}' + d)::date AS day, kind FROM
          (SELECT id, substr(id, 6)::int AS idx FROM providers) p,
          LATERAL (SELECT -220 + (p.idx * 11) % 180 + g AS d, 'Annual leave' AS kind FROM generate_series(0, 4) g
                   UNION ALL SELECT 5 + (p.idx * 17) % 80 + g, 'Annual leave' FROM generate_series(0, 4) g WHERE p.idx % 2 = 0
                   UNION ALL SELECT 2 + (p.idx % 30), 'Training (half day)' WHERE p.idx % 5 = 0) x`);
      await c.query(`INSERT INTO provider_time_off (id, provider_id, starts_at, ends_at, reason)
        SELECT 'bto_' || o.idx || '_' || min(o.day), o.provider_id,
               (min(o.day)::timestamp + CASE WHEN o.kind LIKE 'Training%' THEN interval '9 hours' ELSE interval '0' END) AT TIME ZONE k.time_zone,
               (CASE WHEN o.kind LIKE 'Training%' THEN min(o.day)::timestamp + interval '13 hours' ELSE (max(o.day) + 1)::timestamp END) AT TIME ZONE k.time_zone,
               o.kind
        FROM g_off o JOIN clinics k ON k.id = 'bcln_' || lpad((o.idx % ${CLINICS})::text, 2, '0')
        GROUP BY o.idx, o.provider_id, o.kind, k.time_zone, (o.day - DATE '${today}') / 30`);
    });
    await step("candidate slots over the horizon", async () => {
      await c.query(`CREATE TEMP TABLE g_cand AS
        SELECT s.provider_id, s.provider_idx, s.clinic_id, s.service_id, s.dur, s.buf, g.offs,
               ((DATE '${today}' + g.offs)::timestamp + make_interval(mins => s.start_min)) AT TIME ZONE s.tz AS starts_at, random() AS u
        FROM generate_series(-${PAST_DAYS}, ${FUTURE_DAYS}) AS g(offs)
        JOIN g_slots s ON s.weekday = extract(isodow FROM DATE '${today}' + g.offs)::int
        WHERE NOT EXISTS (SELECT 1 FROM g_off o WHERE o.provider_id = s.provider_id AND o.day = DATE '${today}' + g.offs)
          AND NOT EXISTS (SELECT 1 FROM clinic_closures x WHERE x.clinic_id = s.clinic_id AND x.date = DATE '${today}' + g.offs)`);
    });
    const cand = Number((await c.query(`SELECT count(*) FROM g_cand`)).rows[0].count);
    log(`  (${cand} free slots over ${PAST_DAYS} days back and ${FUTURE_DAYS} ahead)`);
    await step("choose and number the appointments", async () => {
      // Fill: ~97% of past slots; ahead, from ~92% this week down to 20% in three months (weighted sampling: keep
      // the rows with the smallest u / p, which keeps exactly N with densities proportional to p).
      await c.query(`CREATE TEMP TABLE g_prim AS SELECT * FROM g_cand
        ORDER BY u / (CASE WHEN offs < 0 THEN 0.97 ELSE greatest(0.2, 0.92 - 0.008 * offs) END) LIMIT ${PRIMARY_APPOINTMENTS}`);
      await c.query(`CREATE TEMP TABLE g_over AS SELECT * FROM g_prim ORDER BY random() LIMIT ${APPOINTMENTS - PRIMARY_APPOINTMENTS}`);
      await c.query(`CREATE TEMP TABLE g_appt AS
        SELECT a.*, row_number() OVER (ORDER BY a.starts_at, a.provider_idx, a.layer) AS gid,
               row_number() OVER (PARTITION BY a.provider_idx ORDER BY a.starts_at, a.layer) - 1 AS pn, random() AS h
        FROM (SELECT *, 0 AS layer FROM g_prim UNION ALL SELECT *, 1 FROM g_over) a`);
      // Each provider has a panel of patients proportional to their workload; their appointments go round it.
      await c.query(`CREATE TEMP TABLE g_panel AS
        SELECT provider_idx, n, sum(n) OVER (ORDER BY provider_idx) - n AS base FROM
          (SELECT provider_idx, greatest(1, floor(count(*) * ${Math.floor(PATIENTS * 0.92)}.0 / ${APPOINTMENTS}))::int AS n FROM g_appt GROUP BY 1) x`);
    });
    await step("patients", async () => {
      await c.query(`INSERT INTO patients (id, first_name, last_name, date_of_birth, email, phone, identifier, notes, preferred_clinic_id,
                                          preferred_weekdays, preferred_windows, active, created_at, updated_at)
        SELECT 'bpat_' || lpad(i::text, 6, '0'), f, l, DATE '1940-01-01' + (i * 37) % 25000,
               CASE WHEN i % 13 = 0 THEN NULL ELSE lower(f || '.' || l || i) || '@example.com' END,
               '07700 900' || lpad((i % 1000)::text, 3, '0'), 'CAD-' || lpad((i + 1)::text, 7, '0'),
               CASE WHEN i % 9 = 0 THEN 'Chronic lower back pain, referred by GP.' END,
               'bcln_' || lpad(coalesce(pp.provider_idx % ${CLINICS}, i % ${CLINICS})::text, 2, '0'),
               CASE i % 6 WHEN 0 THEN ARRAY[1, 3] WHEN 1 THEN ARRAY[2, 4, 5] ELSE ARRAY[]::int[] END,
               CASE i % 5 WHEN 0 THEN '[{"start":"08:00","end":"12:00"}]'::jsonb WHEN 1 THEN '[{"start":"16:00","end":"20:00"}]'::jsonb ELSE '[]'::jsonb END,
               i % 200 <> 57, TIMESTAMPTZ '${nowIso}' - make_interval(days => 300 + i % 200), TIMESTAMPTZ '${nowIso}' - make_interval(days => 300 + i % 200)
        FROM generate_series(0, ${PATIENTS - 1}) i
        LEFT JOIN (SELECT provider_idx, base + generate_series(0, n - 1) AS idx FROM g_panel) pp ON pp.idx = i
        CROSS JOIN LATERAL (SELECT (ARRAY['Anna','Ben','Chloe','David','Ella','Farid','Grace','Harry','Isla','Jack','Kate','Liam','Maya','Noah','Olivia','Priya',
              'Quinn','Ruby','Sam','Tara','Umar','Vera','Will','Xena','Yusuf','Zara','Amir','Beth','Carl','Dina','Evan','Fay','Gus','Hana','Ian','Jo','Kai','Lena','Max','Nia'])[1 + (i * 7) % 40] AS f,
              (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Robinson','Wright','Thompson','Evans','Walker','White','Roberts',
              'Green','Hall','Wood','Jackson','Clarke','Khan','Lewis','Harris','Martin','Cooper','King','Lee','Baker','Hill','Moore','Garcia','Nguyen','Kim','Cohen','Rossi','Silva','Novak','Murphy','Ali'])[1 + (i / 40 + i * 3) % 40] AS l) n
        ORDER BY i`);
    });
    await step("purchases and ledgers", async () => {
      await c.query(`CREATE TEMP TABLE g_tpl (n int, key text)`);
      const mix = ["physio6", "physio6", "massage5", "acupuncture8", "shockwave3", "backPain", "skin3", "laser6", "hydro6", "freshStart", "wellnessTaster", BENCH_TEMPLATE];
      await insertRows(c, "g_tpl", ["n", "key"], mix.map((k, n) => [n, k]));
      // 0–2 purchases a patient (1.2 on average): 40% active, 35% completed, 15% expired, 10% cancelled.
      await c.query(`CREATE TEMP TABLE g_pur AS
        SELECT 'bpur_' || i || '_' || k AS id, 'bpat_' || lpad(i::text, 6, '0') AS patient_id, p.id AS package_id, p.name, p.price_minor, p.validity_days,
               p.min_days_between, p.max_per_week, i, k,
               CASE WHEN (i * 31 + k * 17) % 100 < 40 THEN 'ACTIVE' WHEN (i * 31 + k * 17) % 100 < 75 THEN 'COMPLETED'
                    WHEN (i * 31 + k * 17) % 100 < 90 THEN 'EXPIRED' ELSE 'CANCELLED' END AS status
        FROM generate_series(0, ${PATIENTS - 1}) i
        CROSS JOIN generate_series(0, 1) k
        JOIN g_tpl t ON t.n = (i * 7 + k * 5) % 12
        JOIN packages p ON p.id = 'bpkg_' || t.key
        WHERE i % 10 <> 9 AND (k = 0 OR i % 10 < 3)`);
      await c.query(`INSERT INTO package_purchases (id, patient_id, package_id, package_name, purchased_at, expires_at, price_paid_minor, status,
                                                   min_days_between, max_per_week, assigned_by_id, cancelled_at, created_at, updated_at)
        SELECT id, patient_id, package_id, name, at, at + make_interval(days => validity_days), price_minor, status::"PurchaseStatus",
               min_days_between, max_per_week, '${BENCH_ADMIN_ID}', CASE WHEN status = 'CANCELLED' THEN at + interval '3 days' END, at, at
        FROM (SELECT g.*, TIMESTAMPTZ '${nowIso}' - make_interval(days => CASE status
                WHEN 'ACTIVE' THEN (i * 13 + k) % (validity_days - 1)
                WHEN 'COMPLETED' THEN validity_days / 2 + i % 120
                WHEN 'EXPIRED' THEN validity_days + 1 + i % 90
                ELSE 5 + i % 200 END) AS at FROM g_pur g) x`);
      await c.query(`INSERT INTO purchase_items (id, purchase_id, service_id, sessions_total, booked, completed, forfeited)
        SELECT g.id || '_' || pi.service_id, g.id, pi.service_id, pi.sessions, b, cmp, f FROM g_pur g
        JOIN package_items pi ON pi.package_id = g.package_id
        CROSS JOIN LATERAL (SELECT CASE g.status WHEN 'ACTIVE' THEN floor(pi.sessions * ((g.i * 3 + g.k) % 60) / 100.0)::int
                                                 WHEN 'COMPLETED' THEN pi.sessions - CASE WHEN pi.sessions > 2 AND g.i % 7 = 0 THEN 1 ELSE 0 END
                                                 WHEN 'EXPIRED' THEN floor(pi.sessions * 0.6)::int ELSE 0 END AS cmp,
                                   CASE WHEN g.status = 'COMPLETED' AND pi.sessions > 2 AND g.i % 7 = 0 THEN 1 ELSE 0 END AS f) y
        CROSS JOIN LATERAL (SELECT CASE WHEN g.status = 'ACTIVE' THEN least(pi.sessions - y.cmp, 2) ELSE 0 END AS b) z`);
    });
    await step(`appointments (${APPOINTMENTS.toLocaleString("en-GB")})`, async () => {
      await c.query(`INSERT INTO appointments (id, patient_id, provider_id, clinic_id, service_id, starts_at, ends_at, block_ends_at, status,
                                               cancel_reason, cancelled_at, notes, created_by_id, created_at, updated_at)
        SELECT 'bapt_' || lpad(a.gid::text, 7, '0'), 'bpat_' || lpad((p.base + a.pn % p.n)::text, 6, '0'), a.provider_id, a.clinic_id, a.service_id,
               a.starts_at, a.starts_at + make_interval(mins => a.dur), a.starts_at + make_interval(mins => a.dur + a.buf), st::"AppointmentStatus",
               CASE WHEN st = 'CANCELLED' THEN CASE WHEN a.h < 0.5 THEN 'Patient rescheduled: work commitment' ELSE 'Late cancellation: unwell' END END,
               CASE WHEN st = 'CANCELLED' THEN least(TIMESTAMPTZ '${nowIso}', a.starts_at - make_interval(hours => (a.h * 96)::int)) END,
               CASE WHEN st = 'COMPLETED' AND a.h > 0.8 THEN 'Good progress; home exercise programme updated.' END,
               '${BENCH_ADMIN_ID}', cr, cr
        FROM g_appt a JOIN g_panel p USING (provider_idx)
        CROSS JOIN LATERAL (SELECT CASE
            WHEN a.layer = 1 THEN 'CANCELLED'
            WHEN a.starts_at + make_interval(mins => a.dur) <= TIMESTAMPTZ '${nowIso}' THEN CASE WHEN a.h < 0.035 THEN 'NO_SHOW' WHEN a.h < 0.06 THEN 'CANCELLED' ELSE 'COMPLETED' END
            WHEN a.starts_at <= TIMESTAMPTZ '${nowIso}' THEN 'CHECKED_IN'
            ELSE CASE WHEN a.h < 0.05 THEN 'CANCELLED' ELSE 'SCHEDULED' END END AS st,
            least(TIMESTAMPTZ '${nowIso}', a.starts_at - make_interval(days => 3 + (a.h * 40)::int)) AS cr) s
        ORDER BY a.gid`);
    });
    await step("VACUUM ANALYZE", () => c.query(`VACUUM ANALYZE`));
  });
}

/**
 * The bench database as it is, never rebuilt nor migrated (other runs may be using it): an error saying what to
 * do when it is missing, incomplete, or lacks a migration of this checkout.
 */
export async function requireBenchDatabase(url: string): Promise<BenchMeta> {
  const meta = await readMeta(url);
  if (!meta || meta.generator !== GENERATOR_VERSION) throw new Error(`No benchmark database at ${url}: build it first with npm run bench:booking.`);
  const missing = Object.keys(migrationHashes()).filter((n) => !(n in meta.migrations));
  if (missing.length) throw new Error(`The benchmark database lacks the migrations ${missing.join(", ")}: npm run bench:booking deploys them.`);
  const counts = await countRows(url);
  if (counts.appointments < EXPECTED.appointments || counts.patients !== EXPECTED.patients) throw new Error(`The benchmark database is incomplete (${JSON.stringify(counts)}).`);
  return meta;
}

/**
 * Undoes what the HTTP benchmark booked: the appointments and batches on its purchases (ids "bhttp_…", kept for the
 * next run with their ledgers reset) and its users' audit rows.
 */
export async function removeHttpBenchWrites(url: string): Promise<number> {
  return withClient(url, async (c) => {
    const mine = `SELECT id FROM package_purchases WHERE id LIKE 'bhttp\\_%'`;
    await c.query("BEGIN");
    await c.query(`DELETE FROM audit_log WHERE actor_id LIKE 'bench\\_http\\_%'`);
    const a = await c.query(`DELETE FROM appointments WHERE purchase_id IN (${mine})`);
    await c.query(`DELETE FROM booking_batches WHERE purchase_id IN (${mine})`);
    await c.query(`UPDATE purchase_items SET booked = 0, completed = 0, forfeited = 0 WHERE purchase_id IN (${mine})`);
    await c.query("COMMIT");
    return a.rowCount ?? 0;
  });
}

/** Sign-ins for the HTTP benchmark (npm run bench:http): staff of one clinic each, and an administrator. */
export const BENCH_HTTP_PASSWORD = "bench-http-password";
export const BENCH_HTTP_MAX_STAFF = 50;
export type BenchLogin = { id: string; email: string; clinicId: string | null };

/**
 * Adds the HTTP benchmark's users to the bench database when missing (idempotent; the generated data is untouched):
 * staff member i belongs to clinic i, and one administrator. Returns them with the password BENCH_HTTP_PASSWORD.
 */
export async function ensureBenchHttpUsers(url: string): Promise<{ staff: BenchLogin[]; admin: BenchLogin }> {
  const staff: BenchLogin[] = Array.from({ length: BENCH_HTTP_MAX_STAFF }, (_, i) => ({
    id: `bench_http_staff_${i}`,
    email: `bench-http-staff-${i}@example.com`,
    clinicId: `bcln_${String(i % CLINICS).padStart(2, "0")}`,
  }));
  const admin: BenchLogin = { id: "bench_http_admin", email: "bench-http-admin@example.com", clinicId: null };
  await withClient(url, async (c) => {
    const present = await c.query(`SELECT count(*)::int AS n FROM users WHERE id = ANY($1)`, [[admin.id, ...staff.map((s) => s.id)]]);
    if (present.rows[0].n === staff.length + 1) return;
    const { default: bcrypt } = await import("bcryptjs");
    const hash = await bcrypt.hash(BENCH_HTTP_PASSWORD, 10);
    await c.query("BEGIN");
    for (const u of [admin, ...staff]) {
      await c.query(
        `INSERT INTO users (id, email, name, password_hash, role, active, updated_at) VALUES ($1, $2, $3, $4, $5, true, now())
         ON CONFLICT (id) DO NOTHING`,
        [u.id, u.email, u.id === admin.id ? "HTTP Bench Admin" : `HTTP Bench Staff ${u.id.split("_").pop()}`, hash, u.clinicId ? "STAFF" : "ADMIN"],
      );
      if (u.clinicId) await c.query(`INSERT INTO clinic_memberships (user_id, clinic_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [u.id, u.clinicId]);
    }
    await c.query("COMMIT");
  });
  return { staff, admin };
}
