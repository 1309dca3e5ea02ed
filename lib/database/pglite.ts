import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { acquireDirectoryLock, type DirectoryLock } from "./lock";
import { pgliteDirectory } from "./target";

// The migrations create these extensions; PGlite can only create an extension whose code was passed when the
// database was opened, so every open (including shadow databases) must pass the same set.
const extensions = { btree_gist, pg_trgm };

let freshCluster: Promise<Blob> | undefined;

/**
 * A fresh in-memory database (tests, shadow databases). Creating a cluster (initdb) costs seconds; loading a
 * dump of a fresh one costs a fraction, so the first call keeps a dump for the rest of the process. `template`
 * loads a given dump instead (e.g. an already migrated database).
 */
export async function createMemoryPglite(template?: Blob): Promise<PGlite> {
  if (!template) {
    freshCluster ??= (async () => {
      const first = new PGlite({ extensions });
      try {
        await first.waitReady;
        return await first.dumpDataDir("none");
      } finally {
        await first.close();
      }
    })();
    freshCluster.catch(() => (freshCluster = undefined));
    template = await freshCluster;
  }
  const db = new PGlite({ extensions, loadDataDir: template });
  await db.waitReady;
  return db;
}

export type OpenedPglite = { db: PGlite; lock: DirectoryLock; close(): Promise<void> };

/**
 * Opens the embedded database under `<dataDir>/pglite`, creating folders as needed. PGlite has no protection
 * against two processes opening one directory (which corrupts it), so the directory is locked first.
 */
export async function openPglite(dataDir: string, purpose: string): Promise<OpenedPglite> {
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = acquireDirectoryLock(dataDir, purpose);
  let db: PGlite;
  try {
    db = new PGlite(pgliteDirectory(dataDir), { extensions });
    await db.waitReady;
  } catch (error) {
    lock.release();
    throw error;
  }
  let closed: Promise<void> | undefined;
  return {
    db,
    lock,
    close() {
      closed ??= (async () => {
        try {
          if (!db.closed) await db.close();
        } finally {
          lock.release();
        }
      })();
      return closed;
    },
  };
}

/**
 * Synchronous variant for PrismaClient construction: PGlite queues queries until it is ready, so the client can
 * be built without awaiting. Startup errors surface on the first query.
 */
export function openPgliteSync(dataDir: string, purpose: string): OpenedPglite {
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = acquireDirectoryLock(dataDir, purpose);
  let db: PGlite;
  try {
    db = new PGlite(pgliteDirectory(dataDir), { extensions });
  } catch (error) {
    lock.release();
    throw error;
  }
  db.waitReady.catch(() => lock.release());
  let closed: Promise<void> | undefined;
  return {
    db,
    lock,
    close() {
      closed ??= (async () => {
        try {
          if (!db.closed) await db.close();
        } finally {
          lock.release();
        }
      })();
      return closed;
    },
  };
}
