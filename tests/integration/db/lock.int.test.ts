// The embedded database's directory lock: a second process gets a clear message instead of corrupting data.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closePrismaClient, createPrismaClient, type AppPrismaClient } from "@/lib/database/client";
import { acquireDirectoryLock, DatabaseLockedError } from "@/lib/database/lock";

function runChild(dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const script = [
    'import { createPrismaClient, closePrismaClient } from "./lib/database/client";',
    "const prisma = createPrismaClient({ purpose: 'lock test child' });",
    "prisma.$queryRawUnsafe('SELECT 1').then(() => closePrismaClient(prisma)).then(() => console.log('opened'));",
  ].join("\n");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs"), "-e", script], {
      cwd: process.cwd(),
      env: { ...process.env, CADENCE_DATA_DIR: dataDir, DATABASE_URL: "", NODE_OPTIONS: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("embedded database lock", () => {
  let dataDir: string;
  let prisma: AppPrismaClient | undefined;

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cadence-lock-"));
  });

  afterEach(async () => {
    if (prisma) await closePrismaClient(prisma);
    prisma = undefined;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("refuses a second process with a message naming the holder and the way out", async () => {
    prisma = createPrismaClient({ target: { kind: "pglite", dataDir }, purpose: "lock test parent" });
    await prisma.$queryRawUnsafe("SELECT 1");

    const child = await runChild(dataDir);
    expect(child.code).not.toBe(0);
    expect(child.stderr).toContain(`is in use by process ${process.pid} (lock test parent`);
    expect(child.stderr).toContain("Stop it, or set DATABASE_URL to use PostgreSQL.");
  });

  it("lets the next process in once the holder closed", async () => {
    prisma = createPrismaClient({ target: { kind: "pglite", dataDir }, purpose: "lock test parent" });
    await prisma.$queryRawUnsafe("SELECT 1");
    await closePrismaClient(prisma);
    prisma = undefined;

    const child = await runChild(dataDir);
    expect(child.stdout).toContain("opened");
    expect(child.code).toBe(0);
  });

  it("takes over a lock left by a dead process", () => {
    fs.writeFileSync(path.join(dataDir, "pglite.lock"), JSON.stringify({ pid: 2 ** 22 + 12345, purpose: "crashed" }));
    const lock = acquireDirectoryLock(dataDir, "successor");
    expect(JSON.parse(fs.readFileSync(lock.path, "utf8")).pid).toBe(process.pid);
    lock.release();
    expect(fs.existsSync(lock.path)).toBe(false);
  });

  it("refuses a live holder in-process too", () => {
    const lock = acquireDirectoryLock(dataDir, "first");
    try {
      expect(() => acquireDirectoryLock(dataDir, "second")).toThrow(DatabaseLockedError);
    } finally {
      lock.release();
    }
  });
});
