// A migrated database for integration tests (*.int.test.ts): the embedded PGlite in memory by default, a fresh
// PostgreSQL database per test file when TEST_DATABASE_URL is set. Every test starts with empty tables.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { closePrismaClient, createPrismaClient, type AppPrismaClient } from "@/lib/database/client";
import { createMemoryPglite } from "@/lib/database/pglite";
import { adminQuery, quoteIdent } from "@/scripts/db/admin-sql";
import { deployMigrations } from "@/scripts/db/engine";

export type TestDatabaseKind = "pglite" | "postgres";

export type TestDatabase = {
  /** Known before any hook runs, so PostgreSQL-only suites can skip themselves. */
  readonly kind: TestDatabaseKind;
  /** The migrated client; available from beforeAll on. */
  readonly prisma: AppPrismaClient;
  /** PostgreSQL only: the URL of this file's database (e.g. for a second client or a child process). */
  readonly url: string;
  /** PGlite only: the in-memory instance behind `prisma`. */
  readonly pglite: PGlite;
};

export function testDatabaseKind(): TestDatabaseKind {
  return process.env.TEST_DATABASE_URL?.trim() ? "postgres" : "pglite";
}

/** `describe` on PostgreSQL, `describe.skip` with the reason in its title otherwise. */
export function describeOnPostgres(name: string, fn: () => void): void {
  if (testDatabaseKind() === "postgres") describe(name, fn);
  else describe.skip(`${name} [skipped: needs PostgreSQL; set TEST_DATABASE_URL]`, fn);
}

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

/** Changes whenever a migration (or PGlite) changes, so a cached migrated template is never stale. */
function migrationsFingerprint(): string {
  const hash = crypto.createHash("sha256");
  hash.update(fs.readFileSync(path.join(process.cwd(), "node_modules", "@electric-sql", "pglite", "package.json")));
  for (const dir of fs.readdirSync(MIGRATIONS_DIR).sort()) {
    const file = path.join(MIGRATIONS_DIR, dir, "migration.sql");
    if (fs.existsSync(file)) hash.update(dir).update(fs.readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * A migrated in-memory PGlite. Creating a cluster and migrating it costs seconds per test file, so the migrated
 * cluster is dumped once per migrations fingerprint (in the OS temp folder) and loaded by later files.
 */
async function migratedPglite(): Promise<PGlite> {
  const cacheFile = path.join(os.tmpdir(), "cadence-test-pglite", `${migrationsFingerprint()}.tar`);
  if (fs.existsSync(cacheFile)) {
    try {
      return await createMemoryPglite(new Blob([fs.readFileSync(cacheFile)]));
    } catch {
      fs.rmSync(cacheFile, { force: true });
    }
  }
  const db = await createMemoryPglite();
  let dump: Buffer;
  try {
    await deployMigrations({ kind: "pglite", db });
    dump = Buffer.from(await (await db.dumpDataDir("none")).arrayBuffer());
  } catch (error) {
    await db.close();
    throw error;
  }
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, dump);
  fs.renameSync(tmp, cacheFile);
  return db;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function applicationTables(prisma: AppPrismaClient): Promise<string[]> {
  const rows = await prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT quote_ident(tablename) AS name FROM pg_tables
     WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  return rows.map((r) => r.name);
}

/**
 * Registers the hooks of a test file's database and returns a handle to it:
 * beforeAll creates and migrates it, beforeEach empties every application table, afterAll drops it.
 */
export function useTestDatabase(): TestDatabase {
  const kind = testDatabaseKind();
  const state: { prisma?: AppPrismaClient; pglite?: PGlite; url?: string; adminUrl?: string; truncate?: string } = {};

  beforeAll(async () => {
    if (kind === "postgres") {
      const adminUrl = process.env.TEST_DATABASE_URL!.trim();
      const name = `cadence_test_${process.pid}_${crypto.randomBytes(4).toString("hex")}`;
      await adminQuery(adminUrl, `CREATE DATABASE ${quoteIdent(name)}`);
      state.adminUrl = adminUrl;
      state.url = withDatabase(adminUrl, name);
      await deployMigrations({ kind: "postgres", url: state.url });
      state.prisma = createPrismaClient({ target: { kind: "postgres", url: state.url }, maxConnections: 10 });
    } else {
      state.pglite = await migratedPglite();
      state.prisma = createPrismaClient({ pglite: state.pglite });
    }
    const tables = await applicationTables(state.prisma);
    // One statement deleting from every table: foreign keys are checked at the end of the statement, so order
    // does not matter. Much cheaper than TRUNCATE on PostgreSQL (~5 ms vs ~300 ms for 22 small tables).
    state.truncate =
      tables.length > 0 ? `WITH ${tables.map((t, i) => `d${i} AS (DELETE FROM ${t})`).join(", ")} SELECT 1` : undefined;
  }, 180_000);

  beforeEach(async () => {
    if (state.prisma && state.truncate) await state.prisma.$executeRawUnsafe(state.truncate);
  });

  afterAll(async () => {
    if (state.prisma) await closePrismaClient(state.prisma);
    if (state.pglite && !state.pglite.closed) await state.pglite.close();
    if (state.adminUrl && state.url) {
      const name = new URL(state.url).pathname.slice(1);
      await adminQuery(state.adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    }
  }, 60_000);

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is available from beforeAll on (useTestDatabase, ${kind}).`);
    return value;
  };
  return {
    kind,
    get prisma() {
      return need(state.prisma, "db.prisma");
    },
    get url() {
      return need(state.url, "db.url (PostgreSQL only)");
    },
    get pglite() {
      return need(state.pglite, "db.pglite (PGlite only)");
    },
  };
}
