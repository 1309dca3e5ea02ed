import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { NodeFS } from "@electric-sql/pglite/nodefs";
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

export type OpenPgliteOptions = {
  /**
   * Commits reach the disk before they return (default). `false` is PGlite's own behaviour — no fsync at all: a
   * process crash loses nothing, a power cut or OS crash may lose the last commits — kept only to measure the cost.
   */
  durable?: boolean;
};

// Emscripten's file system under PGlite: just enough of it to give its Node file system an fsync.
type EmscriptenStream = { nfd?: number };
type NodeFsOps = { stream_ops: { fsync?: (stream: EmscriptenStream) => number }; tryFSOperation<T>(f: () => T): T };
type EmscriptenModule = { FS: { filesystems: { NODEFS: NodeFsOps } } };

/**
 * PGlite's NodeFS with working fsync. As shipped, PGlite starts PostgreSQL with `-F` (fsync off), Emscripten's
 * fdatasync() does nothing and its Node file system has no fsync, so a commit never reaches the disk before it
 * returns. Here fsync() calls the real fsync(2) on the file, and PostgreSQL runs with fsync on and
 * wal_sync_method=fsync, so every commit flushes its WAL before returning (and checkpoints flush data files and
 * directories), as a PostgreSQL server does.
 */
class DurableNodeFS extends NodeFS {
  override async init(...args: Parameters<NodeFS["init"]>) {
    const result = await super.init(...args);
    const opts = result.emscriptenOpts as { preRun?: ((module: EmscriptenModule) => void)[] };
    opts.preRun = [
      ...(opts.preRun ?? []),
      (module) => {
        const nodefs = module.FS.filesystems.NODEFS;
        // Streams share NODEFS.stream_ops, so this reaches every file PostgreSQL opens.
        nodefs.stream_ops.fsync = (stream) => {
          if (stream.nfd !== undefined) nodefs.tryFSOperation(() => fs.fsyncSync(stream.nfd!));
          return 0;
        };
      },
    ];
    return result;
  }
}

const DURABLE_START_PARAMS = [
  ...PGlite.defaultStartParams.filter((p) => p !== "-F"),
  ...["-c", "fsync=on", "-c", "synchronous_commit=on", "-c", "wal_sync_method=fsync"],
];

function newPglite(dataDir: string, options: OpenPgliteOptions): PGlite {
  const directory = pgliteDirectory(dataDir);
  if (options.durable === false) return new PGlite(directory, { extensions });
  return new PGlite({ fs: new DurableNodeFS(directory), extensions, startParams: DURABLE_START_PARAMS });
}

/**
 * Opens the embedded database under `<dataDir>/pglite`, creating folders as needed. PGlite has no protection
 * against two processes opening one directory (which corrupts it), so the directory is locked first.
 */
export async function openPglite(dataDir: string, purpose: string, options: OpenPgliteOptions = {}): Promise<OpenedPglite> {
  const opened = openPgliteSync(dataDir, purpose, options);
  try {
    await opened.db.waitReady;
  } catch (error) {
    opened.lock.release();
    throw error;
  }
  return opened;
}

/**
 * Synchronous variant for PrismaClient construction: PGlite queues queries until it is ready, so the client can
 * be built without awaiting. Startup errors surface on the first query.
 */
export function openPgliteSync(dataDir: string, purpose: string, options: OpenPgliteOptions = {}): OpenedPglite {
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = acquireDirectoryLock(dataDir, purpose);
  let db: PGlite;
  try {
    db = newPglite(dataDir, options);
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
