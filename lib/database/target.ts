import path from "node:path";

/** Where the application's data lives: a PostgreSQL server, or the embedded PGlite in a data directory. */
export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

/** `DATABASE_URL` selects PostgreSQL; otherwise the embedded database in `CADENCE_DATA_DIR` (default `./.data`). */
export function resolveDatabaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", url };
  return { kind: "pglite", dataDir: path.resolve(env.CADENCE_DATA_DIR?.trim() || path.join(process.cwd(), ".data")) };
}

/** The PGlite cluster lives in a subfolder so the data directory can also hold the lock file and other state. */
export function pgliteDirectory(dataDir: string): string {
  return path.join(dataDir, "pglite");
}

/** A URL with its password hidden, for messages. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
