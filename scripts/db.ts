// npm run db:migrate -- <name> | db:deploy | db:status | db:reset | db:seed
// PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite in CADENCE_DATA_DIR (default ./.data).
import { closePrismaClient, createPrismaClient } from "../lib/database/client";
import { DatabaseLockedError } from "../lib/database/lock";
import { openPglite, type OpenedPglite } from "../lib/database/pglite";
import { describeUrl, resolveDatabaseTarget } from "../lib/database/target";
import {
  createMigration,
  deployMigrations,
  describeProblem,
  migrationStatus,
  resetDatabase,
  type MigrationTarget,
} from "./db/engine";

const USAGE = "Usage: tsx scripts/db.ts <migrate <name> | deploy | status | reset | seed>";

async function withTarget<T>(purpose: string, run: (target: MigrationTarget) => Promise<T>): Promise<T> {
  const target = resolveDatabaseTarget();
  if (target.kind === "postgres") {
    console.log(`Database: PostgreSQL ${describeUrl(target.url)}`);
    return run(target);
  }
  console.log(`Database: embedded PGlite in ${target.dataDir}`);
  let opened: OpenedPglite | undefined;
  try {
    opened = await openPglite(target.dataDir, purpose);
    return await run({ kind: "pglite", db: opened.db });
  } finally {
    await opened?.close();
  }
}

function list(names: string[]): string {
  return names.map((n) => `  - ${n}`).join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "migrate": {
      const name = rest.join("_").trim();
      if (!name) {
        console.error("Give the migration a name: npm run db:migrate -- <name>");
        return 2;
      }
      const result = await withTarget("db:migrate", (t) => createMigration(t, name));
      if (result.applied.length > 0) console.log(`Applied:\n${list(result.applied)}`);
      if (!result.folder) {
        console.log("No changes: schema.prisma matches the migrations. Nothing written.");
      } else {
        console.log(`Created prisma/migrations/${result.folder}/migration.sql and applied it.`);
      }
      return 0;
    }
    case "deploy": {
      const { applied } = await withTarget("db:deploy", (t) => deployMigrations(t));
      console.log(applied.length > 0 ? `Applied ${applied.length} migration(s):\n${list(applied)}` : "No pending migrations.");
      return 0;
    }
    case "status": {
      const status = await withTarget("db:status", (t) => migrationStatus(t));
      console.log(`${status.migrations.length} migration(s) in prisma/migrations.`);
      if (status.clean) {
        console.log("Database schema is up to date");
        return 0;
      }
      for (const problem of status.problems) console.error(describeProblem(problem));
      return 1;
    }
    case "reset": {
      const { applied } = await withTarget("db:reset", (t) => resetDatabase(t));
      console.log(`Database reset. Applied ${applied.length} migration(s):\n${list(applied)}`);
      return 0;
    }
    case "seed": {
      const { seedDatabase } = await import("../prisma/seed/index");
      const prisma = createPrismaClient({ purpose: "db:seed" });
      try {
        const summary = await seedDatabase(prisma);
        console.log(summary.seeded ? `Seeded the demo data in ${(summary.durationMs / 1000).toFixed(0)} s.` : `Demo data not loaded: ${summary.reason}`);
      } finally {
        await closePrismaClient(prisma);
      }
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof DatabaseLockedError ? error.message : error instanceof Error ? `Error: ${error.message}` : error);
    if (process.env.CADENCE_DEBUG_MIGRATIONS && error instanceof Error) console.error(error.stack);
    process.exitCode = 1;
  },
);
