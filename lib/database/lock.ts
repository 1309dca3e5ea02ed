import fs from "node:fs";
import path from "node:path";

export class DatabaseLockedError extends Error {
  constructor(
    message: string,
    readonly holderPid: number,
  ) {
    super(message);
    this.name = "DatabaseLockedError";
  }
}

export type DirectoryLock = { path: string; release(): void };

type LockInfo = { pid: number; purpose?: string; startedAt?: string };

const LOCK_FILE = "pglite.lock";

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(file: string): LockInfo | null {
  try {
    const info = JSON.parse(fs.readFileSync(file, "utf8")) as LockInfo;
    return Number.isInteger(info.pid) ? info : null;
  } catch {
    return null;
  }
}

/**
 * Takes `<dataDir>/pglite.lock` with an exclusive create. A lock left by a dead process is taken over; a live
 * holder gets a DatabaseLockedError that tells the user what to do. The lock is released on exit.
 */
export function acquireDirectoryLock(dataDir: string, purpose: string): DirectoryLock {
  const file = path.join(dataDir, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, purpose, startedAt: new Date().toISOString() };

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(info), { flag: "wx" });
      return holdLock(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readLock(file);
    if (holder && holder.pid !== process.pid && processIsAlive(holder.pid)) {
      const shown = path.relative(process.cwd(), dataDir) || ".";
      const what = [holder.purpose, holder.startedAt && `since ${holder.startedAt}`].filter(Boolean).join(", ");
      throw new DatabaseLockedError(
        `The embedded database in ${shown} is in use by process ${holder.pid}${what ? ` (${what})` : ""}. ` +
          "Stop it, or set DATABASE_URL to use PostgreSQL.",
        holder.pid,
      );
    }
    if (holder && holder.pid === process.pid) {
      throw new DatabaseLockedError(
        `The embedded database in ${dataDir} is already open in this process; reuse that connection.`,
        process.pid,
      );
    }
    // Stale (dead holder) or unreadable (a crash between create and write): remove and retry the exclusive create.
    fs.rmSync(file, { force: true });
  }
  throw new Error(`Could not take the lock ${file}`);
}

function holdLock(file: string): DirectoryLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener("exit", release);
    if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
  process.on("exit", release);
  return { path: file, release };
}
