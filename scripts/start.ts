/**
 * `npm start`: prepares the database (migrate; demo data on the embedded database's first start), builds the app when the build is
 * missing or stale, and serves it. Without DATABASE_URL it uses the embedded database in .data/ and generates a
 * development secret; with DATABASE_URL (production) NEXTAUTH_SECRET must be set.
 * `npm run dev` does the same with `next dev`.
 */
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { acquireDirectoryLock, DatabaseLockedError } from "../lib/database/lock";
import { buildIsStale } from "./lib/build-state";
import { runOrExit, waitForHttp } from "./lib/run";
import { developmentSecret } from "./lib/secret";
import { step } from "./lib/step";
import { DEMO_LOGINS } from "../prisma/seed/users";

const root = resolve(__dirname, "..");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const usingPostgres = Boolean(process.env.DATABASE_URL);
const dataDir = resolve(process.env.CADENCE_DATA_DIR || resolve(root, ".data"));
const url = `http://localhost:${port}`;

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

async function main() {
  const started = Date.now();
  let secret = process.env.NEXTAUTH_SECRET;
  if (!secret) {
    if (usingPostgres && !dev) {
      fail("NEXTAUTH_SECRET is required when Cadence runs on PostgreSQL (DATABASE_URL is set).\n  Set it to a long random string, e.g. NEXTAUTH_SECRET=$(openssl rand -base64 32) npm start");
    }
    secret = developmentSecret(dataDir);
  }
  const env = {
    ...process.env,
    CADENCE_DATA_DIR: dataDir,
    NEXTAUTH_SECRET: secret,
    // Without NEXTAUTH_URL, next-auth takes the public URL from each request's Host (never a fixed localhost).
    ...(process.env.NEXTAUTH_URL ? {} : { AUTH_TRUST_HOST: "1" }),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const tsx = resolve(root, "node_modules/.bin/tsx");
  const next = resolve(root, "node_modules/.bin/next");

  console.log(usingPostgres ? "▸ Database: PostgreSQL (DATABASE_URL)" : `▸ Database: embedded, in ${dataDir}`);
  if (!usingPostgres) ensureDatabaseFree();
  await step("Applying database migrations", () => runOrExit(tsx, ["scripts/db.ts", "deploy"], { cwd: root, env }));
  // Demo data only where it cannot land in a real clinic's database: the embedded one, or when asked for.
  if (!usingPostgres || process.env.CADENCE_SEED_DEMO === "1") {
    await step("Loading the demo data (first start only)", () => runOrExit(tsx, ["scripts/db.ts", "seed"], { cwd: root, env }));
  }

  if (!dev && buildIsStale(root)) {
    await step("Building the app (first start or changed sources; a minute or more)", () => runOrExit(next, ["build"], { cwd: root, env }), { tickMs: 15_000 });
  }
  console.log(`▸ Starting the ${dev ? "development " : ""}server on port ${port}…`);

  const server = spawn(next, [dev ? "dev" : "start", "-p", String(port)], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
  server.stdout?.on("data", (chunk: Buffer) => process.stdout.write(chunk));
  let alive = true;
  server.on("exit", (code) => {
    alive = false;
    process.exit(code ?? 0);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));

  if (await waitForHttp(`${url}/login`, 120_000, () => alive)) {
    console.log(`\n✔ Cadence is running at ${url} (ready in ${Math.round((Date.now() - started) / 1000)} s)\n`);
    if (!usingPostgres || process.env.CADENCE_SEED_DEMO === "1") {
      console.log("  Demo sign-ins:");
      for (const login of DEMO_LOGINS) console.log(`    ${login.role.padEnd(5)}  ${login.email.padEnd(28)} ${login.password}   ${login.description}`);
      console.log("");
    }
  }
}

/**
 * Fails early, with the lock's message, when another process holds the embedded database. (A check only: the
 * server takes the lock itself when it starts — instrumentation.ts — and that is what keeps a second one out.)
 */
function ensureDatabaseFree() {
  mkdirSync(dataDir, { recursive: true });
  try {
    acquireDirectoryLock(dataDir, "npm start (check)").release();
  } catch (error) {
    if (error instanceof DatabaseLockedError) fail(error.message);
    throw error;
  }
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
