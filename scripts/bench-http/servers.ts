// The production server (`next start`) as the HTTP benchmark runs it: on loopback, on a given database.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { waitForHttp } from "../lib/run";

export type Server = { url: string; child: ChildProcess; stop(): Promise<void> };

const root = path.resolve(__dirname, "..", "..");

export async function startServer(databaseUrl: string, port: number, secret: string, logFile: string): Promise<Server> {
  const log = fs.openSync(logFile, "a");
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    detached: true, // a process group of its own, stopped as a whole
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: url, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", log, log],
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // gone already
      }
      await exited;
    }
    fs.closeSync(log);
  };
  if (!(await waitForHttp(`${url}/login`, 120_000, () => child.exitCode === null))) {
    await stop();
    throw new Error(`the server on port ${port} did not start; see ${logFile}`);
  }
  return { url, child, stop };
}

/** The ids of the server actions in the current build, by exported name (what the browser sends as Next-Action). */
export function serverActionIds(): Map<string, { id: string; workers: string[] }> {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
  };
  const out = new Map<string, { id: string; workers: string[] }>();
  for (const [id, entry] of Object.entries(manifest.node)) if (entry.exportedName) out.set(entry.exportedName, { id, workers: Object.keys(entry.workers) });
  return out;
}

/**
 * The value a server action returned, from its React Flight response: the line of the root chunk's "a" reference
 * (Dates arrive as "$D…", strings starting with "$" escaped as "$$").
 */
export function actionResult(body: string): unknown {
  const lines = new Map<string, string>();
  for (const line of body.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) lines.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const revive = (_key: string, value: unknown) =>
    typeof value === "string" && value.startsWith("$D") ? value.slice(2) : typeof value === "string" && value.startsWith("$$") ? value.slice(1) : value;
  const rootLine = lines.get("0");
  if (!rootLine) return undefined;
  const rootValue = JSON.parse(rootLine) as { a?: string };
  const ref = typeof rootValue.a === "string" && rootValue.a.startsWith("$@") ? rootValue.a.slice(2) : null;
  const line = ref ? lines.get(parseInt(ref, 16).toString(16)) ?? lines.get(ref) : null;
  return line ? JSON.parse(line, revive) : undefined;
}
