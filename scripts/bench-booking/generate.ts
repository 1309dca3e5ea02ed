// The scaled benchmark's data, written into a freshly migrated database (see build.ts): the catalogue from
// catalogue.ts, then patients, purchases and appointments generated inside PostgreSQL (INSERT … SELECT over
// generate_series). Appointment times come from each provider's packed day of slots, so they cannot overlap; each
// patient is seen by one provider only, so a patient is never in two places at once.
import pg from "pg";
import { withPgClient } from "../db/admin-sql";
import {
  APPOINTMENTS,
  BENCH_ADMIN_ID,
  BENCH_TEMPLATE,
  buildClinics,
  buildProviders,
  buildSlots,
  CLINICS,
  FUTURE_DAYS,
  PAST_DAYS,
  PATIENTS,
  PRIMARY_APPOINTMENTS,
  serviceId,
  SERVICES,
  templateId,
  templateItemId,
  TEMPLATES,
} from "./catalogue";

async function insertRows(c: pg.Client, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const per = Math.max(1, Math.floor(30_000 / columns.length));
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const params: unknown[] = [];
    const values = chunk.map((r) => `(${r.map((v) => (params.push(v), `$${params.length}`)).join(",")})`);
    await c.query(`INSERT INTO ${table} (${columns.map((x) => `"${x}"`).join(",")}) VALUES ${values.join(",")}`, params);
  }
}

export async function generateBenchData(url: string, now: Date, log: (s: string) => void): Promise<void> {
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
  await withPgClient(url, async (c) => {
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
