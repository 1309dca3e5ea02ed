// Driver-adapter factories for the WASM schema engine (private to scripts/db/engine.ts; see docs/database.md,
// "The migration shim"). They work around three adapter limitations: "char" columns (OID 18) unmapped by
// adapter-pg, executeScript splitting on ";" (adapter-pg) or not awaiting (pglite-prisma-adapter), and shadow
// databases that are not.
import crypto from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { createMemoryPglite } from "../../lib/database/pglite";
import { adminQuery, quoteIdent } from "./admin-sql";

const CHAR_OID = 18;
const TEXT_OID = 25;

// Result rows of queries that returned "char" columns → the indexes of those columns. Keyed by the rows array,
// which adapter-pg hands through unchanged from pg's result to its SqlResultSet.
const charColumns = new WeakMap<unknown[], number[]>();

function markCharColumns(result: pg.QueryResult | pg.QueryResult[] | undefined) {
  for (const r of Array.isArray(result) ? result : result ? [result] : []) {
    const indexes: number[] = [];
    r.fields?.forEach((field, i) => {
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        indexes.push(i);
      }
    });
    if (indexes.length > 0) charColumns.set(r.rows, indexes);
  }
}

/** A pg Client that lets "char" columns through adapter-pg (as text) and remembers where they were. */
class CharAwareClient extends pg.Client {
  // pg's overloads are not worth restating; every form (promise or callback) is handled.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: pg.QueryResult) => {
        if (!err) markCharColumns(res);
        last(err, res);
      };
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    if (typeof args[0] === "object" && args[0] && typeof args[0].callback === "function") {
      const cb = args[0].callback;
      args[0].callback = (err: Error | null, res: pg.QueryResult) => {
        if (!err) markCharColumns(res);
        cb(err, res);
      };
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const ret = (super.query as any)(...args);
    if (ret && typeof ret.then === "function") {
      return ret.then((res: pg.QueryResult) => {
        markCharColumns(res);
        return res;
      });
    }
    return ret;
  }
}

function withCharColumns(rs: SqlResultSet): SqlResultSet {
  const indexes = charColumns.get(rs.rows);
  if (indexes) for (const i of indexes) rs.columnTypes[i] = ColumnTypeEnum.Character;
  return rs;
}

/**
 * The engine's adapter around a driver's: `runScript` runs a migration script whole and awaited (its errors as the
 * engine reads them), `close` runs after the driver's own dispose; `overrides` replace the driver's queries.
 */
function scriptAwareAdapter(
  inner: SqlDriverAdapter,
  runScript: (script: string) => Promise<unknown>,
  close: () => Promise<void>,
  overrides: Partial<Pick<SqlDriverAdapter, "queryRaw" | "startTransaction">> = {},
): SqlDriverAdapter {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (q: SqlQuery) => inner.queryRaw(q),
    executeRaw: (q: SqlQuery) => inner.executeRaw(q),
    startTransaction: (level) => inner.startTransaction(level),
    ...overrides,
    executeScript: async (script: string) => {
      try {
        await runScript(script);
      } catch (error) {
        throw toAdapterError(error);
      }
    },
    getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    dispose: async () => {
      await inner.dispose();
      await close();
    },
  };
}

/** The pg adapter, with "char" columns typed and scripts run as one awaited batch (simple query protocol). */
function wrapPgAdapter(inner: SqlDriverAdapter, pool: pg.Pool, onDispose?: () => Promise<void>): SqlDriverAdapter {
  const close = async () => {
    await pool.end();
    await onDispose?.();
  };
  return scriptAwareAdapter(inner, (script) => pool.query(script), close, {
    queryRaw: async (q: SqlQuery) => withCharColumns(await inner.queryRaw(q)),
    startTransaction: async (level) => {
      const tx = await inner.startTransaction(level);
      const queryRaw = tx.queryRaw.bind(tx);
      tx.queryRaw = async (q: SqlQuery) => withCharColumns(await queryRaw(q));
      return tx;
    },
  });
}

function toAdapterError(error: unknown): Error {
  const e = error as { code?: string; message?: string; severity?: string; detail?: string; hint?: string };
  if (typeof e?.code === "string" && typeof e.message === "string") {
    return new DriverAdapterError({
      kind: "postgres",
      code: e.code,
      severity: e.severity ?? "ERROR",
      message: e.message,
      detail: e.detail,
      column: undefined,
      hint: e.hint,
    });
  }
  return error instanceof Error ? error : new Error(String(error));
}

function makePool(url: string): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    Client: CharAwareClient,
    max: 4,
    connectionTimeoutMillis: 10_000,
    allowExitOnIdle: true,
  });
}

async function connectPg(url: string, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
  const pool = makePool(url);
  const inner = await new PrismaPg(pool).connect();
  return wrapPgAdapter(inner, pool, onDispose);
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** PostgreSQL: the shadow database is a real temporary database, dropped when the engine disposes of it. */
export function pgMigrationFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectPg(url),
    connectToShadowDb: async () => {
      const name = `cadence_shadow_${crypto.randomUUID().replace(/-/g, "")}`;
      await adminQuery(url, `CREATE DATABASE ${quoteIdent(name)}`);
      return connectPg(withDatabase(url, name), () =>
        adminQuery(url, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
      );
    },
  };
}

/** PGlite: scripts are awaited (errors surface), the shadow is a fresh in-memory PGlite with the same extensions. */
function wrapPgliteAdapter(inner: SqlDriverAdapter, db: PGlite, onDispose?: () => Promise<void>): SqlDriverAdapter {
  return scriptAwareAdapter(inner, (script) => db.exec(script), async () => {
    await onDispose?.();
  });
}

export function pgliteMigrationFactory(db: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPGlite(db);
  return {
    provider: "postgres",
    adapterName: factory.adapterName,
    connect: async () => wrapPgliteAdapter(await factory.connect(), db),
    connectToShadowDb: async () => {
      const shadow = await createMemoryPglite();
      return wrapPgliteAdapter(await new PrismaPGlite(shadow).connect(), shadow, () => shadow.close());
    },
  };
}
