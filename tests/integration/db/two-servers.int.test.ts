// Two servers on one embedded data folder: the first takes the database when it starts (instrumentation.ts), so the
// second fails at its start with the lock's message — before anyone signs in — and the first keeps serving.
// Runs the production server (`next start`), building the app first when the build is missing or stale.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIsStale } from "@/scripts/lib/build-state";
import { run, waitForHttp } from "@/scripts/lib/run";
import { signInOverHttp } from "@/scripts/lib/http-session";
import { DEMO_LOGINS } from "@/prisma/seed/users";

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
// Ports of their own (not the app's 3000 or the e2e server's), derived from the jest worker so parallel runs differ.
const basePort = 3900 + 10 * Number(process.env.JEST_WORKER_ID ?? 1);

type Server = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function startServer(dataDir: string, port: number): Server {
  const child = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    detached: true, // its own process group, so the test can stop it and anything it started
    env: {
      ...process.env,
      DATABASE_URL: "",
      CADENCE_DATA_DIR: dataDir,
      NEXTAUTH_SECRET: "two-servers-test-secret-two-servers-test-secret",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_OPTIONS: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

function stop(server: Server | undefined) {
  if (server?.child.pid && server.child.exitCode === null) {
    try {
      process.kill(-server.child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

describe("two servers on one embedded data folder", () => {
  let dataDir: string;
  let first: Server | undefined;
  let second: Server | undefined;

  beforeAll(async () => {
    if (buildIsStale(root)) expect(await run(bin("next"), ["build"], { cwd: root, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } })).toBe(0);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cadence-two-servers-"));
    const env = { ...process.env, DATABASE_URL: "", CADENCE_DATA_DIR: dataDir, NODE_OPTIONS: "" };
    for (const command of ["deploy", "seed"]) {
      expect(await run(bin("tsx"), ["scripts/db.ts", command], { cwd: root, env, stdio: "ignore" })).toBe(0);
    }
  }, 900_000);

  afterAll(async () => {
    stop(first);
    stop(second);
    await Promise.all([first?.exited, second?.exited]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("refuses the second at its start, with the lock's message, and the first keeps serving and signing in", async () => {
    first = startServer(dataDir, basePort);
    const firstUrl = `http://127.0.0.1:${basePort}`;
    expect(await waitForHttp(`${firstUrl}/login`, 120_000, () => first!.child.exitCode === null)).toBe(true);
    // The database is taken at start, before any request that needs it.
    const lock = JSON.parse(fs.readFileSync(path.join(dataDir, "pglite.lock"), "utf8")) as { pid: number };

    second = startServer(dataDir, basePort + 1);
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([second.exited, new Promise((r) => (timer = setTimeout(() => r("still running"), 120_000)))]);
    clearTimeout(timer);
    expect(code).toBe(1);
    expect(second.output()).toContain(`is in use by process ${lock.pid}`);
    expect(second.output()).toContain("Stop it, or set DATABASE_URL to use PostgreSQL.");

    const login = await fetch(`${firstUrl}/login`);
    expect(login.status).toBe(200);
    const staff = DEMO_LOGINS.find((l) => l.role === "STAFF")!;
    const cookie = await signInOverHttp(firstUrl, staff.email, staff.password);
    const home = await fetch(`${firstUrl}/`, { headers: { cookie }, redirect: "manual" });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("Today");
    expect(first.child.exitCode).toBeNull();

    // `npm start` says so before it migrates or builds anything.
    const start = spawn(bin("tsx"), ["scripts/start.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: "", CADENCE_DATA_DIR: dataDir, PORT: String(basePort + 2), NODE_OPTIONS: "" },
    });
    let startOutput = "";
    start.stdout.on("data", (d) => (startOutput += d));
    start.stderr.on("data", (d) => (startOutput += d));
    expect(await new Promise((resolve) => start.on("exit", resolve))).toBe(1);
    expect(startOutput).toMatch(new RegExp(`✖ The embedded database in \\S+ is in use by process ${lock.pid} `));
    expect(startOutput).not.toContain("is running");
  }, 300_000);
});
