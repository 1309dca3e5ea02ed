// `npm run worker` as a real child process (tsx scripts/worker.ts), so tests can run two of them or kill one.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

export type WorkerProcess = { child: ChildProcess; output: () => string; kill(): Promise<void>; stop(): Promise<void> };

export const TEST_SECRET = "test-secret-for-unsubscribe-links-0123456789";

export async function startWorkerProcess(env: Record<string, string>): Promise<WorkerProcess> {
  // One process (node with tsx's loader, not the tsx CLI, which runs the script in a child): SIGKILL must kill the worker.
  const loader = path.join(process.cwd(), "node_modules", "tsx", "dist", "loader.mjs");
  const child = spawn(process.execPath, ["--import", pathToFileURL(loader).href, "scripts/worker.ts"], {
    cwd: process.cwd(),
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      NEXTAUTH_SECRET: TEST_SECRET,
      NEXTAUTH_URL: "http://cadence.test",
      CADENCE_MESSAGE_LEASE_SECONDS: "3",
      CADENCE_MESSAGE_MAX_ATTEMPTS: "3",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (c: Buffer) => (log += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (log += c.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${log}`)), 60_000);
    const check = () => {
      if (log.includes("message worker started")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", () => {
      clearTimeout(timer);
      reject(new Error(`worker exited:\n${log}`));
    });
  });
  return {
    child,
    output: () => log,
    async kill() {
      child.kill("SIGKILL");
      await exited;
    },
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
