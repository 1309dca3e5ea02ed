// Builds (or reuses) the scaled benchmark database: migrations deployed by the app's own engine, then the data
// generate.ts writes (the catalogue, patients, purchases and 1 000 000 appointments), which takes a few minutes.
// The database comment records what was built; a later run reuses it when the generator version, the
// already-applied migrations and the row counts still match.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { adminQuery, databaseName, maintenanceUrl, quoteIdent, withPgClient } from "../db/admin-sql";
import { deployMigrations } from "../db/engine";
import { APPOINTMENTS, CLINICS, PATIENTS, PROVIDERS } from "./catalogue";
import { generateBenchData } from "./generate";

/** Bump when the generated data changes shape, so cached databases are rebuilt. */
export const GENERATOR_VERSION = 1;

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

export async function countRows(url: string): Promise<Counts> {
  return withPgClient(url, async (c) => {
    const r = await c.query(
      `SELECT (SELECT count(*) FROM clinics)::int AS clinics, (SELECT count(*) FROM providers)::int AS providers,
              (SELECT count(*) FROM patients)::int AS patients, (SELECT count(*) FROM appointments)::int AS appointments`,
    );
    return r.rows[0] as Counts;
  });
}

async function readMeta(url: string): Promise<BenchMeta | null> {
  const name = databaseName(url);
  return withPgClient(maintenanceUrl(url), async (c) => {
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
  return withPgClient(url, async (c) => {
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
  await generateBenchData(url, now, opts.log);
  const built: BenchMeta = { generator: GENERATOR_VERSION, migrations: hashes, now: now.toISOString(), buildMs: Date.now() - started };
  await writeMeta(url, built);
  return { meta: built, reused: false };
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
