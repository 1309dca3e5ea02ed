// The embedded database forces each commit to disk before the commit returns: the write-ahead log file is
// fsync'ed (fsync(2) through Node) during the COMMIT. What this can check: that the sync is requested on the right
// file at the right moment. What it cannot: that the disk honours it — only a real power cut proves that.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openPglite, type OpenedPglite } from "@/lib/database/pglite";

function fdPath(fd: number): string {
  try {
    return fs.readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return "";
  }
}

describe("embedded database durability", () => {
  let dataDir: string;
  let opened: OpenedPglite | undefined;
  let fsyncSync: jest.SpyInstance;

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cadence-durable-"));
    fsyncSync = jest.spyOn(fs, "fsyncSync");
  });

  afterEach(async () => {
    fsyncSync.mockRestore();
    await opened?.close();
    opened = undefined;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Paths of the files fsync'ed while `run` ran. */
  async function syncedDuring(run: () => Promise<unknown>): Promise<string[]> {
    fsyncSync.mockClear();
    await run();
    return fsyncSync.mock.calls.map(([fd]) => fdPath(fd as number));
  }

  it("fsyncs the write-ahead log during every commit", async () => {
    opened = await openPglite(dataDir, "durability test");
    const db = opened.db;
    expect((await db.query<{ fsync: string }>("SHOW fsync")).rows[0].fsync).toBe("on");
    await db.exec("CREATE TABLE t (id int PRIMARY KEY)");

    for (let i = 0; i < 3; i++) {
      const synced = await syncedDuring(() => db.query("INSERT INTO t VALUES ($1)", [i]));
      expect(synced.filter((p) => p.startsWith(path.join(dataDir, "pglite", "pg_wal")))).toHaveLength(1);
    }
    const inTransaction = await syncedDuring(async () => {
      await db.exec("BEGIN");
      await db.query("INSERT INTO t VALUES (10)");
      await db.query("INSERT INTO t VALUES (11)");
    });
    expect(inTransaction).toEqual([]);
    const commit = await syncedDuring(() => db.exec("COMMIT"));
    expect(commit.some((p) => p.includes(`${path.sep}pg_wal${path.sep}`))).toBe(true);
  });

  it("is what PGlite alone does not do (the comparison mode syncs nothing)", async () => {
    opened = await openPglite(dataDir, "durability test", { durable: false });
    await opened.db.exec("CREATE TABLE t (id int PRIMARY KEY)");
    expect(await syncedDuring(() => opened!.db.query("INSERT INTO t VALUES (1)"))).toEqual([]);
  });

  it("keeps committed rows across a reopen", async () => {
    opened = await openPglite(dataDir, "durability test");
    await opened.db.exec("CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1), (2)");
    await opened.close();
    opened = await openPglite(dataDir, "durability test");
    expect((await opened.db.query<{ n: number }>("SELECT count(*)::int AS n FROM t")).rows[0].n).toBe(2);
  });
});
