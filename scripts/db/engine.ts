// The migration commands, runnable in-process (the start script and tests deploy without a child process).
import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { DiffTarget, SchemaEngine, MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm";
import { pgMigrationFactory, pgliteMigrationFactory } from "./adapters";
import { LOCK_FILE_CONTENT, readMigrations, writeMigration } from "./migrations-dir";
import { clearEngineTimers, loadSchemaEngine } from "./wasm";

/** A database to migrate: a PostgreSQL URL, or an open PGlite (the caller owns it and its lock). */
export type MigrationTarget = { kind: "postgres"; url: string } | { kind: "pglite"; db: PGlite };

export type EngineOptions = {
  /** Defaults to `<cwd>/prisma/schema.prisma`. */
  schemaPath?: string;
  /** Defaults to `<cwd>/prisma/migrations`. */
  migrationsDir?: string;
};

const filters: SchemaFilter = { externalTables: [], externalEnums: [] };

function paths(options: EngineOptions) {
  return {
    schemaPath: path.resolve(options.schemaPath ?? path.join(process.cwd(), "prisma", "schema.prisma")),
    migrationsDir: path.resolve(options.migrationsDir ?? path.join(process.cwd(), "prisma", "migrations")),
  };
}

/** Every adapter the engine opened, so connections are closed (and shadow databases dropped) when done. */
function tracking(factory: SqlMigrationAwareDriverAdapterFactory) {
  const open = new Set<SqlDriverAdapter>();
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    open.add(adapter);
    const dispose = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    adapter.dispose = () => {
      open.delete(adapter);
      disposed ??= dispose();
      return disposed;
    };
    return adapter;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
  };
  const closeAll = async () => {
    await Promise.allSettled([...open].map((adapter) => adapter.dispose()));
  };
  return { tracked, closeAll };
}

/** The engine wraps errors in JSON-ish messages; keep what a person needs. */
function engineError(error: unknown): Error {
  const raw = error instanceof Error ? error.message : String(error);
  let message = raw;
  try {
    const parsed = JSON.parse(raw) as { message?: string; error?: string };
    message = parsed.message ?? parsed.error ?? raw;
  } catch {
    // not JSON
  }
  const wrapped = new Error(message);
  (wrapped as Error & { cause?: unknown }).cause = error;
  return wrapped;
}

let runningEngines = 0;

/** What a run of the engine works on: the migrations folder as read now and schema.prisma. */
type EngineContext = { migrations: MigrationList; schemaPath: string; schema: string; migrationsDir: string };

async function withEngine<T>(
  target: MigrationTarget,
  options: EngineOptions,
  run: (engine: SchemaEngine, ctx: EngineContext) => Promise<T>,
): Promise<T> {
  const { schemaPath, migrationsDir } = paths(options);
  const schema = fs.readFileSync(schemaPath, "utf8");
  const { SchemaEngine } = loadSchemaEngine();
  const base = target.kind === "postgres" ? pgMigrationFactory(target.url) : pgliteMigrationFactory(target.db);
  const { tracked, closeAll } = tracking(base);
  runningEngines++;
  let engine: SchemaEngine | undefined;
  try {
    engine = await SchemaEngine.new(
      { datamodels: [[schemaPath, schema]] },
      (line: string) => {
        if (process.env.CADENCE_DEBUG_MIGRATIONS) process.stderr.write(`[schema-engine] ${line}\n`);
      },
      bindMigrationAwareSqlAdapterFactory(tracked),
    );
    return await run(engine, { migrations: readMigrations(migrationsDir), schemaPath, schema, migrationsDir });
  } catch (error) {
    throw engineError(error);
  } finally {
    engine?.free();
    await closeAll();
    if (--runningEngines === 0) clearEngineTimers();
  }
}

/** Before the first migration there is no lock file yet; the engine needs one to name the connector. */
function migrationsSource(migrations: MigrationList): DiffTarget {
  return {
    tag: "migrations",
    ...migrations,
    lockfile: { ...migrations.lockfile, content: migrations.lockfile.content ?? LOCK_FILE_CONTENT },
  };
}

/**
 * What schema.prisma changes beyond the migrations (replayed in a shadow database): exit code 0 when nothing, else
 * a summary, or with `script` the SQL a new migration would hold.
 */
function diffSchemaFromMigrations(engine: SchemaEngine, ctx: EngineContext, script: boolean) {
  return engine.diff({
    from: migrationsSource(ctx.migrations),
    to: { tag: "schemaDatamodel", files: [{ path: ctx.schemaPath, content: ctx.schema }] },
    script,
    exitCode: true,
    filters,
  });
}

export type DeployResult = { applied: string[] };

/** Applies the migrations not yet recorded in `_prisma_migrations` (Prisma's `migrate deploy`). */
export async function deployMigrations(target: MigrationTarget, options: EngineOptions = {}): Promise<DeployResult> {
  return withEngine(target, options, async (engine, { migrations }) => {
    const out = await engine.applyMigrations({ migrationsList: migrations, filters });
    return { applied: out.appliedMigrationNames };
  });
}

export type StatusProblem =
  | { kind: "pending"; migrations: string[] }
  | { kind: "unknown-applied"; migrations: string[] }
  | { kind: "diverged"; unapplied: string[]; unknown: string[] }
  | { kind: "failed"; migrations: string[] }
  | { kind: "edited"; migrations: string[] }
  | { kind: "drift"; reason: string }
  | { kind: "unmigrated-schema-changes"; summary: string };

export type StatusResult = { clean: boolean; migrations: string[]; problems: StatusProblem[] };

/**
 * Compares the migrations folder, the live database and schema.prisma. Clean means: every migration applied and
 * unchanged, none failed, the live schema is exactly what the migrations produce, and schema.prisma has nothing
 * the migrations lack.
 */
export async function migrationStatus(target: MigrationTarget, options: EngineOptions = {}): Promise<StatusResult> {
  return withEngine(target, options, async (engine, ctx) => {
    const { migrations } = ctx;
    const problems: StatusProblem[] = [];
    const history = await engine.diagnoseMigrationHistory({
      migrationsList: migrations,
      optInToShadowDatabase: false,
      filters,
    });
    if (history.failedMigrationNames.length > 0) problems.push({ kind: "failed", migrations: history.failedMigrationNames });
    if (history.editedMigrationNames.length > 0) problems.push({ kind: "edited", migrations: history.editedMigrationNames });
    const h = history.history;
    if (h?.diagnostic === "databaseIsBehind") problems.push({ kind: "pending", migrations: h.unappliedMigrationNames });
    if (h?.diagnostic === "migrationsDirectoryIsBehind")
      problems.push({ kind: "unknown-applied", migrations: h.unpersistedMigrationNames });
    if (h?.diagnostic === "historiesDiverge")
      problems.push({ kind: "diverged", unapplied: h.unappliedMigrationNames, unknown: h.unpersistedMigrationNames });

    // Drift is only meaningful when the recorded history matches the folder.
    if (problems.length === 0) {
      const dev = await engine.devDiagnostic({ migrationsList: migrations, filters });
      if (dev.action.tag === "reset") problems.push({ kind: "drift", reason: dev.action.reason });
    }

    const diff = await diffSchemaFromMigrations(engine, ctx, false);
    if (diff.exitCode !== 0) problems.push({ kind: "unmigrated-schema-changes", summary: (diff.stdout ?? "").trim() });

    return {
      clean: problems.length === 0,
      migrations: migrations.migrationDirectories.map((d) => d.path),
      problems,
    };
  });
}

export type CreateMigrationResult = { folder: string | null; sql: string; applied: string[] };

/**
 * `migrate dev` without the native engine: applies pending migrations, refuses on drift, then diffs the
 * migrations (replayed in a shadow database) against schema.prisma, writes the SQL as a new migration and
 * applies it. `createMigration` itself fails in the WASM build; `diff` produces the same SQL.
 */
export async function createMigration(
  target: MigrationTarget,
  name: string,
  options: EngineOptions = {},
): Promise<CreateMigrationResult> {
  const applied: string[] = [];
  const firstPass = await withEngine(target, options, async (engine, ctx) => {
    const { migrations } = ctx;
    const history = await engine.diagnoseMigrationHistory({ migrationsList: migrations, optInToShadowDatabase: false, filters });
    if (history.failedMigrationNames.length > 0)
      throw new Error(`Failed migrations in the database: ${history.failedMigrationNames.join(", ")}. Fix them or run db:reset.`);
    if (history.editedMigrationNames.length > 0)
      throw new Error(`Migrations edited after they were applied: ${history.editedMigrationNames.join(", ")}. Run db:reset.`);
    applied.push(...(await engine.applyMigrations({ migrationsList: migrations, filters })).appliedMigrationNames);
    const dev = await engine.devDiagnostic({ migrationsList: migrations, filters });
    if (dev.action.tag === "reset") throw new Error(`The database has drifted from the migrations: ${dev.action.reason}\nRun db:reset.`);
    const diff = await diffSchemaFromMigrations(engine, ctx, true);
    return { changed: diff.exitCode !== 0, sql: diff.stdout ?? "" };
  });
  if (!firstPass.changed) return { folder: null, sql: "", applied };
  const { migrationsDir } = paths(options);
  const folder = writeMigration(migrationsDir, name, firstPass.sql);
  const deployed = await deployMigrations(target, options);
  return { folder, sql: firstPass.sql, applied: [...applied, ...deployed.applied] };
}

/** Drops everything in the database (schema, data, migration history) and applies all migrations again. */
export async function resetDatabase(target: MigrationTarget, options: EngineOptions = {}): Promise<DeployResult> {
  await withEngine(target, options, (engine) => engine.reset({ filter: filters }));
  return deployMigrations(target, options);
}

export function describeProblem(problem: StatusProblem): string {
  switch (problem.kind) {
    case "pending":
      return `Migrations not yet applied: ${problem.migrations.join(", ")}. Run npm run db:deploy.`;
    case "unknown-applied":
      return `The database has migrations that are not in prisma/migrations: ${problem.migrations.join(", ")}.`;
    case "diverged":
      return (
        `The database's migration history diverges from prisma/migrations ` +
        `(not applied: ${problem.unapplied.join(", ") || "none"}; unknown: ${problem.unknown.join(", ") || "none"}).`
      );
    case "failed":
      return `Migrations that failed in the database: ${problem.migrations.join(", ")}.`;
    case "edited":
      return `Migrations edited after they were applied: ${problem.migrations.join(", ")}.`;
    case "drift":
      return `The database schema has drifted from the migrations:\n${problem.reason}`;
    case "unmigrated-schema-changes":
      return `schema.prisma has changes that no migration contains (run npm run db:migrate -- <name>):\n${problem.summary}`;
  }
}
