import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient, type Prisma } from "../generated/prisma/client";
import { openPgliteSync } from "./pglite";
import { resolveDatabaseTarget, type DatabaseTarget } from "./target";

/** Secrets are omitted from every query unless a caller asks for them (`omit: { passwordHash: false }`). */
const omit = { user: { passwordHash: true } } as const;

export type CreatePrismaClientOptions = {
  /** Defaults to resolveDatabaseTarget(process.env): DATABASE_URL, else PGlite in CADENCE_DATA_DIR or ./.data. */
  target?: DatabaseTarget;
  /** Use an already open PGlite (tests): the caller owns it and closes it. Overrides `target`. */
  pglite?: PGlite;
  /** Shown in the lock file, so a second process can say who holds the embedded database. */
  purpose?: string;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
};

function build(adapter: PrismaPg | PrismaPGlite) {
  return new PrismaClient({ adapter, omit });
}

export type AppPrismaClient = ReturnType<typeof build>;
/**
 * What every query and service function takes as its first argument: the app's client or an interactive
 * transaction's (reads work on either). A function that must open its own transaction takes AppPrismaClient.
 */
export type Db = AppPrismaClient | Prisma.TransactionClient;
export type DatabaseKind = "postgres" | "pglite";

// Shared through globalThis: Next bundles this module separately into instrumentation.ts (which opens the
// process's client at start) and into the routes (which use it), and both must know the client.
const registry = ((globalThis as { [key: symbol]: unknown })[Symbol.for("cadence.prismaClients")] ??= {
  cleanups: new WeakMap<object, () => Promise<void>>(),
  kinds: new WeakMap<object, DatabaseKind>(),
}) as { cleanups: WeakMap<object, () => Promise<void>>; kinds: WeakMap<object, DatabaseKind> };
const { cleanups, kinds } = registry;

/**
 * A PrismaClient for PostgreSQL (adapter-pg, pool with a connection timeout) or for the embedded PGlite
 * (pglite-prisma-adapter, directory locked against a second process). Close it with closePrismaClient.
 */
export function createPrismaClient(options: CreatePrismaClientOptions = {}): AppPrismaClient {
  if (options.pglite) {
    const client = build(new PrismaPGlite(options.pglite));
    kinds.set(client, "pglite");
    cleanups.set(client, () => client.$disconnect());
    return client;
  }
  const target = options.target ?? resolveDatabaseTarget();
  if (target.kind === "postgres") {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: options.maxConnections ?? 10,
      // Without a timeout a dead server hangs every request instead of failing it.
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      allowExitOnIdle: true,
    });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on("error", () => {});
    const client = build(new PrismaPg(pool));
    kinds.set(client, "postgres");
    cleanups.set(client, async () => {
      await client.$disconnect();
      await pool.end();
    });
    return client;
  }
  const opened = openPgliteSync(target.dataDir, options.purpose ?? describeProcess());
  const client = build(new PrismaPGlite(opened.db));
  kinds.set(client, "pglite");
  cleanups.set(client, async () => {
    await client.$disconnect();
    await opened.close();
  });
  return client;
}

export function databaseKind(client: AppPrismaClient): DatabaseKind {
  const kind = kinds.get(client);
  if (!kind) throw new Error("This PrismaClient was not created by createPrismaClient.");
  return kind;
}

/** Disconnects, ends the pool or closes PGlite and releases its lock. Safe to call twice. */
export async function closePrismaClient(client: AppPrismaClient): Promise<void> {
  const cleanup = cleanups.get(client);
  cleanups.delete(client);
  await (cleanup ? cleanup() : client.$disconnect());
}

function describeProcess(): string {
  const args = process.argv.slice(1).map((a) => a.split("/").slice(-2).join("/"));
  return args.join(" ").slice(0, 120) || "node";
}
