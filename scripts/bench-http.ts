// `npm run bench:http [-- --duration=60 --staff=20 --samples=30]`: the app under load over HTTP, on the benchmark
// database (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/cadence_bench: 50 clinics, 500
// providers, 100 000 patients, 1 000 000 appointments; built by npm run bench:booking, only read here; the
// benchmark's own purchases and bookings are removed at the end).
//  1. Page timings, one request at a time, interleaved with the same pages on the demo data (a PostgreSQL database
//     BENCH_DEMO_DATABASE_URL, default cadence_bench_demo, created and seeded when missing): Today, a busy clinic's
//     week calendar, a patient page, patient search, and the admin landing page.
//  2. Load: `--staff` simulated staff (autocannon connections, each signed in as a real staff user of one clinic)
//     for `--duration` seconds, opening Today, a week calendar, a patient page and search, and running Auto Schedule
//     then Confirm through the server actions (the Next-Action request the browser sends); one admin opens /admin.
//     First on one app instance, then on two (ports BENCH_PORTS, default 3115,3116), to show the scale-out ratio.
// Loopback only. Not a test: figures depend on the machine (the load average is printed).
import crypto from "node:crypto";
import { loadavg, cpus } from "node:os";
import path from "node:path";
import { requireBenchDatabase } from "./bench-booking/build";
import { ensureBenchHttpUsers, removeHttpBenchWrites, BENCH_HTTP_PASSWORD, type BenchLogin } from "./bench-booking/http-users";
import { adminQuery, databaseName, maintenanceUrl, quoteIdent, withPgClient } from "./db/admin-sql";
import { buildIsStale } from "./lib/build-state";
import { signInOverHttp } from "./lib/http-session";
import { run } from "./lib/run";
import { busiestClinic, clinicFixtures, commonLastName, weekDate } from "./bench-http/fixtures";
import { loadKinds, loadRun, printTally, type Tally } from "./bench-http/load";
import { serverActionIds, startServer, type Server } from "./bench-http/servers";
import { ms, pct } from "./bench/stats";
import { DEMO_LOGINS } from "../prisma/seed/users";

const root = path.resolve(__dirname, "..");
const flag = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const DURATION = flag("duration", 60);
const STAFF = Math.min(50, Math.max(6, flag("staff", 20)));
const SAMPLES = flag("samples", 30);
const BENCH_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/cadence_bench";
const DEMO_URL = process.env.BENCH_DEMO_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/cadence_bench_demo";
const PORTS = (process.env.BENCH_PORTS ?? "3115,3116").split(",").map(Number);
const TARGET_P95 = 300;
// Purchases per clinic to book (each Auto Schedule + Confirm takes seconds under load; when they run out, Auto
// Schedule goes on planning an already used one, without a Confirm).
const POOL = Math.min(30, Math.ceil(DURATION / 2));

const out = (s = "") => console.log(s);
const load = () => loadavg().map((x) => x.toFixed(1)).join(" ");

async function ensureDemoDatabase(): Promise<void> {
  const [server, name] = [maintenanceUrl(DEMO_URL), databaseName(DEMO_URL)];
  const exists = await withPgClient(server, async (c) => (await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1);
  if (!exists) await adminQuery(server, `CREATE DATABASE ${quoteIdent(name)}`);
  const env = { ...process.env, DATABASE_URL: DEMO_URL };
  for (const command of ["deploy", "seed"]) {
    if ((await run(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/db.ts", command], { cwd: root, env, stdio: "ignore" })) !== 0) throw new Error(`db:${command} on the demo database failed`);
  }
}

type Page = { kind: string; path: string; cookie: string };

/** Part 1: the same pages on the bench and the demo data, one request at a time, alternating. */
async function pageTimings(bench: Server, benchPages: Page[], demo: Server, demoPages: Page[]): Promise<boolean> {
  const times = new Map<string, { bench: number[]; demo: number[] }>(benchPages.map((p) => [p.kind, { bench: [], demo: [] }]));
  const timed = async (base: string, page: Page) => {
    const t0 = performance.now();
    const res = await fetch(base + page.path, { headers: { cookie: page.cookie }, redirect: "manual" });
    await res.text();
    if (res.status !== 200) throw new Error(`${page.kind} ${page.path}: HTTP ${res.status}`);
    return performance.now() - t0;
  };
  for (let i = 0; i < SAMPLES + 3; i++) {
    for (let k = 0; k < benchPages.length; k++) {
      const b = await timed(bench.url, benchPages[k]);
      const d = await timed(demo.url, demoPages[k]);
      if (i >= 3) {
        times.get(benchPages[k].kind)!.bench.push(b);
        times.get(benchPages[k].kind)!.demo.push(d);
      }
    }
  }
  out(`page (over HTTP, ${SAMPLES} each, after 3 warm-up)   bench p50   p95 | demo p50   p95 | p95 ≤ ${TARGET_P95}  ≤ 2× demo`);
  let ok = true;
  for (const [kind, t] of times) {
    const [b50, b95, d50, d95] = [pct(t.bench, 50), pct(t.bench, 95), pct(t.demo, 50), pct(t.demo, 95)];
    const within = b95 <= TARGET_P95;
    const twice = kind.startsWith("Today (admin") || kind === "admin landing" ? (b50 <= 2 * Math.max(d50, 1) ? "yes" : "NO") : "";
    ok &&= within && twice !== "NO";
    out(`${kind.padEnd(40)}${ms(b50).padStart(9)}${ms(b95).padStart(6)} |${ms(d50).padStart(9)}${ms(d95).padStart(6)} | ${(within ? "met" : "MISSED").padEnd(11)}${twice}`);
  }
  return ok;
}

async function main(): Promise<number> {
  out(`HTTP benchmark — node ${process.version}, ${cpus().length} CPUs, load average ${load()}; ${STAFF} staff × ${DURATION} s`);
  if (buildIsStale(root)) {
    out("Building the app…");
    if ((await run(path.join(root, "node_modules", ".bin", "next"), ["build"], { cwd: root, stdio: "ignore" })) !== 0) throw new Error("next build failed");
  }
  // Used as it is: never rebuilt or migrated here (npm run bench:booking does that), as other runs may be using it.
  const meta = await requireBenchDatabase(BENCH_URL);
  out(`Bench database: built ${meta.now.slice(0, 10)}; removed ${await removeHttpBenchWrites(BENCH_URL)} appointments left by an earlier run.`);
  const { staff: allStaff, admin } = await ensureBenchHttpUsers(BENCH_URL);
  await ensureDemoDatabase();
  const actions = serverActionIds();
  const [autoId, confirmId] = [actions.get("autoSchedule")!.id, actions.get("confirmPlan")!.id];

  const secret = crypto.randomBytes(32).toString("base64");
  const logFile = path.join(root, ".next", "bench-http-servers.log");
  const servers: Server[] = [];
  try {
    const busiest = await busiestClinic(BENCH_URL);
    // Staff member i works at clinic i; the first one at the busiest clinic, so Today and the calendar are heavy.
    const staff: BenchLogin[] = [allStaff.find((s) => s.clinicId === busiest)!, ...allStaff.filter((s) => s.clinicId !== busiest).slice(0, STAFF - 1)];
    const fixtures = await clinicFixtures(BENCH_URL, [...new Set(staff.map((s) => s.clinicId!))], POOL);
    const benchLast = await commonLastName(BENCH_URL);

    const [a, demo] = [await startServer(BENCH_URL, PORTS[0], secret, logFile), await startServer(DEMO_URL, PORTS[2] ?? 3105, secret, logFile)];
    servers.push(a, demo);
    const cookies = await Promise.all(staff.map((s) => signInOverHttp(a.url, s.email, BENCH_HTTP_PASSWORD)));
    const adminCookie = await signInOverHttp(a.url, admin.email, BENCH_HTTP_PASSWORD);

    // --- Part 1 ---------------------------------------------------------------------------------------------------
    const home = fixtures.get(busiest)!;
    const demoStaff = DEMO_LOGINS.find((l) => l.role === "STAFF")!;
    const demoAdmin = DEMO_LOGINS.find((l) => l.role === "ADMIN")!;
    const [demoStaffCookie, demoAdminCookie] = [await signInOverHttp(demo.url, demoStaff.email, demoStaff.password), await signInOverHttp(demo.url, demoAdmin.email, demoAdmin.password)];
    const demoFacts = await withPgClient(DEMO_URL, async (c) => {
      const r = await c.query(
        `SELECT m.clinic_id, k.time_zone, (SELECT p.id FROM appointments ap JOIN patients p ON p.id = ap.patient_id WHERE ap.clinic_id = m.clinic_id
                 GROUP BY p.id ORDER BY count(*) DESC LIMIT 1) AS patient_id
         FROM clinic_memberships m JOIN users u ON u.id = m.user_id JOIN clinics k ON k.id = m.clinic_id WHERE u.email = $1 ORDER BY m.clinic_id LIMIT 1`,
        [demoStaff.email],
      );
      return r.rows[0] as { clinic_id: string; time_zone: string; patient_id: string };
    });
    const demoLast = await commonLastName(DEMO_URL);
    // As an admin (every clinic: the heaviest Today), as the issue measured them, and Today as a one-clinic staff member.
    const pages = (c: { clinic: string; tz: string; patient: string; last: string; staff: string; admin: string }): Page[] => [
      { kind: "Today (admin)", path: "/", cookie: c.admin },
      { kind: "Today (staff: one clinic)", path: "/", cookie: c.staff },
      { kind: "week calendar (busy clinic)", path: `/calendar?clinic=${c.clinic}&view=week&date=${weekDate(c.tz)}`, cookie: c.admin },
      { kind: "patient page", path: `/patients/${c.patient}`, cookie: c.admin },
      { kind: "patient search", path: `/patients?q=${encodeURIComponent(c.last)}`, cookie: c.admin },
      { kind: "admin landing", path: "/admin", cookie: c.admin },
    ];
    out(`\nLoad average before the page timings: ${load()}`);
    const pagesOk = await pageTimings(
      a,
      pages({ clinic: busiest, tz: home.timeZone, patient: home.patients[0], last: benchLast, staff: cookies[0], admin: adminCookie }),
      demo,
      pages({ clinic: demoFacts.clinic_id, tz: demoFacts.time_zone, patient: demoFacts.patient_id, last: demoLast, staff: demoStaffCookie, admin: demoAdminCookie }),
    );
    await demo.stop();
    servers.pop();

    // --- Part 2 ---------------------------------------------------------------------------------------------------
    const tally: Tally = new Map();
    const kinds = loadKinds({ tally, staff, cookies, adminCookie, fixtures, actionIds: { autoSchedule: autoId, confirmPlan: confirmId } });
    out(`\nLoad average before the load on one instance: ${load()}`);
    const errors1 = await loadRun([a.url], kinds, { staff: STAFF, duration: DURATION });
    const rate1 = printTally(`\nOne instance (${a.url}), ${STAFF} staff, ${DURATION} s — load average after: ${load()}`, tally, errors1, DURATION);

    // The same purchases again, unbooked.
    await removeHttpBenchWrites(BENCH_URL);
    for (const f of fixtures.values()) f.purchases = (await clinicFixtures(BENCH_URL, [f.id], POOL)).get(f.id)!.purchases;
    const b = await startServer(BENCH_URL, PORTS[1], secret, logFile);
    servers.push(b);
    tally.clear();
    const errors2 = await loadRun([a.url, b.url], kinds, { staff: STAFF, duration: DURATION });
    const rate2 = printTally(`\nTwo instances (${a.url}, ${b.url}), same ${STAFF} staff, ${DURATION} s — load average after: ${load()}`, tally, errors2, DURATION);
    out(`\nScale-out: ${(rate2 / rate1).toFixed(2)}× the requests per second with two instances (${rate1.toFixed(1)} → ${rate2.toFixed(1)} req/s) on ${cpus().length} CPUs shared with PostgreSQL and the load generator.`);
    out(`SUMMARY pages ${pagesOk ? "met" : "MISSED"} (p95 ≤ ${TARGET_P95} ms; Today and admin p50 ≤ 2× demo) one=${rate1.toFixed(1)} req/s two=${rate2.toFixed(1)} req/s ratio=${(rate2 / rate1).toFixed(2)}`);
    return pagesOk ? 0 : 1;
  } finally {
    for (const s of servers) await s.stop();
    await removeHttpBenchWrites(BENCH_URL);
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
