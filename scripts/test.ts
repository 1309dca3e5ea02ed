/**
 * `npm test`: every tier, in order — unit, integration, end-to-end. Integration and end-to-end run on the embedded
 * database, and again on PostgreSQL when TEST_DATABASE_URL is set (CI sets it). Without Chromium the end-to-end tier
 * is skipped with a loud notice, except under CI, where a missing browser fails the run. Without TEST_DATABASE_URL the
 * PostgreSQL-only tests (races, concurrency, locks) are skipped, and the run ends with a framed banner saying so.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { run, waitForHttp } from "./lib/run";

const root = resolve(__dirname, "..");
const jest = resolve(root, "node_modules/.bin/jest");
const tsx = resolve(root, "node_modules/.bin/tsx");
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const pgUrl = process.env.TEST_DATABASE_URL;
const ci = process.env.CI === "true" || process.env.CI === "1";

type Tally = { name: string; passed: number; failed: number; skipped: number; ok: boolean };
const tallies: Tally[] = [];
/** Test files whose PostgreSQL-only tests were skipped (describeOnPostgres in tests/support/test-db.ts), and how many. */
const needPostgres = new Map<string, number>();
const PG_SKIP_MARK = "[skipped: needs PostgreSQL";

function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: "--experimental-vm-modules", NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  return env;
}

// Database and browser tiers run one file at a time: PGlite is one connection, and the app under test is shared.
const SERIAL = new Set(["integration", "e2e"]);

async function jestTier(name: string, project: string, env: NodeJS.ProcessEnv, extraArgs: string[] = []): Promise<void> {
  console.log(`\n━━ ${name} ━━`);
  const out = join(mkdtempSync(join(tmpdir(), "cadence-jest-")), "result.json");
  const code = await run(jest, ["--selectProjects", project, ...(SERIAL.has(project) ? ["--runInBand"] : []), "--json", "--outputFile", out, ...extraArgs], { cwd: root, env });
  let passed = 0, failed = 0, skipped = 0;
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, "utf8"));
    passed = r.numPassedTests; failed = r.numFailedTests; skipped = r.numPendingTests + r.numTodoTests;
    if (r.numTotalTests === 0) failed += 1; // a tier that ran nothing proves nothing
    for (const file of r.testResults ?? []) {
      const n = (file.assertionResults ?? []).filter(
        (t: { status: string; ancestorTitles: string[] }) => t.status === "pending" && t.ancestorTitles.some((a) => a.includes(PG_SKIP_MARK)),
      ).length;
      if (n > 0) needPostgres.set(file.name, (needPostgres.get(file.name) ?? 0) + n);
    }
  }
  tallies.push({ name, passed, failed, skipped, ok: code === 0 && failed === 0 });
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => res(port));
    });
    srv.on("error", rej);
  });
}

async function withApp(label: string, appEnv: NodeJS.ProcessEnv, fn: (baseUrl: string) => Promise<void>): Promise<void> {
  const port = await freePort();
  const env = { ...appEnv, PORT: String(port) };
  const app = spawn(tsx, ["scripts/start.ts"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  app.stdout?.on("data", (c: Buffer) => (log += c.toString()));
  app.stderr?.on("data", (c: Buffer) => (log += c.toString()));
  let alive = true;
  app.on("exit", () => (alive = false));
  try {
    // Generous: the first start on a clean checkout also builds the app.
    if (!(await waitForHttp(`http://127.0.0.1:${port}/login`, 300_000, () => alive))) {
      console.error(`The app (${label}) did not start. Its output:\n${log.slice(-4000)}`);
      tallies.push({ name: `e2e (${label})`, passed: 0, failed: 1, skipped: 0, ok: false });
      return;
    }
    await fn(`http://127.0.0.1:${port}`);
  } finally {
    if (alive && app.pid) {
      process.kill(-app.pid, "SIGTERM");
      await new Promise((r) => setTimeout(r, 1500));
      try { process.kill(-app.pid, "SIGKILL"); } catch { /* already gone */ }
    }
  }
}

async function e2eTier(label: string, appEnv: NodeJS.ProcessEnv, extraArgs: string[] = []): Promise<void> {
  // On PostgreSQL the tests may also read the app's database (the embedded one is the app's alone).
  const database = appEnv.DATABASE_URL ? { E2E_DATABASE_URL: appEnv.DATABASE_URL } : {};
  await withApp(label, appEnv, (baseUrl) =>
    jestTier(`end-to-end in Chromium (${label})`, "e2e", { ...baseEnv(), E2E_BASE_URL: baseUrl, CHROMIUM_PATH: chromium, ...database }, extraArgs),
  );
}

async function withPostgresDatabase(fn: (url: string) => Promise<void>): Promise<void> {
  const name = `cadence_e2e_${process.pid}`;
  const admin = new Client({ connectionString: pgUrl, connectionTimeoutMillis: 5000 });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(pgUrl!);
  url.pathname = `/${name}`;
  try {
    await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function main() {
  await jestTier("unit", "unit", baseEnv());
  await jestTier("integration (embedded PGlite)", "integration", baseEnv());
  if (pgUrl) await jestTier("integration (PostgreSQL)", "integration", { ...baseEnv(), TEST_DATABASE_URL: pgUrl });

  if (!existsSync(chromium)) {
    const how = `Chromium was not found at ${chromium}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`;
    if (ci) {
      console.error(`\n✖ ${how}`);
      tallies.push({ name: "end-to-end", passed: 0, failed: 1, skipped: 0, ok: false });
    } else {
      console.warn(`\n${"!".repeat(78)}\n!! END-TO-END TESTS SKIPPED. ${how}\n${"!".repeat(78)}`);
    }
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), "cadence-e2e-"));
    try {
      await e2eTier("embedded database", { ...baseEnv(), CADENCE_DATA_DIR: dataDir });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
    if (pgUrl) {
      await withPostgresDatabase((url) =>
        // The every-screen suite (axe, layout and keyboard on every page at two sizes) judges what the browser is
        // given, which does not depend on the database engine: it runs once, on the embedded tier above.
        e2eTier("PostgreSQL", { ...baseEnv(), DATABASE_URL: url, CADENCE_SEED_DEMO: "1", NEXTAUTH_SECRET: randomBytes(32).toString("base64url") }, [
          "--testPathIgnorePatterns",
          "every-screen\\.spec\\.ts$",
        ]),
      );
    }
  }

  console.log("\n━━ summary ━━");
  for (const t of tallies) console.log(`${t.ok ? "✔" : "✖"} ${t.name}: ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ""}`);
  const passed = tallies.reduce((n, t) => n + t.passed, 0);
  const failed = tallies.reduce((n, t) => n + t.failed, 0);
  const skipped = tallies.reduce((n, t) => n + t.skipped, 0);
  console.log(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  if (!pgUrl) console.warn(postgresSkippedBanner());
  process.exit(tallies.every((t) => t.ok) ? 0 : 1);
}

/** Said last, where it cannot scroll away: a green local run did not prove the race and concurrency guarantees. */
function postgresSkippedBanner(): string {
  const total = [...needPostgres.values()].reduce((a, b) => a + b, 0);
  const lines = [
    `POSTGRESQL TESTS SKIPPED: ${total} race, concurrency and locking test${total === 1 ? "" : "s"} did not run,`,
    "and neither did the end-to-end tier on PostgreSQL. TEST_DATABASE_URL is not set.",
    "CI runs them. To run them here: TEST_DATABASE_URL=postgresql://user@host:5432/db npm test",
    "",
    ...[...needPostgres].map(([file, n]) => `  ${n} in ${file.replace(root + "/", "")}`),
  ];
  const width = Math.max(...lines.map((l) => l.length)) + 4;
  const bar = "!".repeat(width + 3);
  return ["", bar, ...lines.map((l) => `!! ${l.padEnd(width - 2)}!!`), bar, ""].join("\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
