import { Logger, run, type Runner } from "graphile-worker";
import type { AppPrismaClient, DatabaseKind } from "@/lib/database/client";
import { logError, logInfo } from "@/lib/log";
import { settleExpiredPurchases } from "@/lib/services/purchases/settle";
import { notificationConfig, type NotificationConfig } from "./config";
import { dispatchDue, processMessage, type WorkerDeps } from "./process";
import { sweepLostJobs } from "./sweep";

export type WorkerOptions = {
  db: AppPrismaClient;
  kind: DatabaseKind;
  /** PostgreSQL only: graphile-worker opens its own small pool. */
  databaseUrl?: string;
  secret: string;
  config?: NotificationConfig;
};

export type RunningWorker = { mode: "graphile-worker" | "embedded"; stop(): Promise<void> };

const SETTLE_DAILY_AT = "0 2 * * *"; // 02:00 server time

// graphile-worker's own log lines name jobs and tasks, never payloads; failures are warnings (the message row has
// the reason, and a retry follows).
const queueLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.warn(`[cadence] queue ${level}: ${message}`);
});

/**
 * Starts delivering messages (and settling expired purchases nightly). PostgreSQL: graphile-worker (several
 * instances are safe: the queue locks each job, and the outbox row is claimed atomically). PGlite: graphile-worker
 * needs its own connections, which the single-connection embedded database cannot give, so an in-process
 * dispatcher polls the same outbox table with the same claim.
 */
export async function startMessageWorker(options: WorkerOptions): Promise<RunningWorker> {
  const config = options.config ?? notificationConfig();
  const deps: WorkerDeps = { db: options.db, config, secret: options.secret };
  if (options.kind === "postgres") {
    if (!options.databaseUrl) throw new Error("startMessageWorker: databaseUrl is required on PostgreSQL.");
    return startGraphile(deps, options.databaseUrl);
  }
  return startEmbedded(deps);
}

async function startGraphile(deps: WorkerDeps, databaseUrl: string): Promise<RunningWorker> {
  const runner: Runner = await run({
    connectionString: databaseUrl,
    maxPoolSize: 4,
    concurrency: 2,
    pollInterval: 2_000,
    noHandleSignals: true,
    logger: queueLogger,
    crontab: `${SETTLE_DAILY_AT} settle_expired_purchases ?fill=1d&max=1`,
    taskList: {
      send_message: async (payload) => {
        const messageId = (payload as { messageId?: unknown }).messageId;
        if (typeof messageId !== "string") return;
        const outcome = await processMessage(deps, messageId);
        if (outcome === "retry") throw new Error(`message ${messageId}: delivery attempt failed; retrying with back-off`);
      },
      settle_expired_purchases: async () => {
        const n = await settleExpiredPurchases(deps.db, new Date());
        if (n > 0) logInfo(`settled ${n} expired purchase(s)`);
      },
    },
  });
  // On start: settle once (one job for all instances starting together), and enqueue what the trigger could not.
  await runner.addJob("settle_expired_purchases", {}, { jobKey: "settle-expired-purchases:start" });
  const sweep = async () => {
    try {
      await sweepLostJobs(deps.db, deps.config, new Date());
    } catch (error) {
      logError("message sweep failed", error);
    }
  };
  await sweep();
  const timer = setInterval(sweep, Math.min(60, deps.config.leaseSeconds) * 1000);
  timer.unref();
  logInfo(`message worker started (graphile-worker on PostgreSQL; ${deps.config.smtpUrl ? "SMTP" : "no SMTP configured: local outbox only"})`);
  return {
    mode: "graphile-worker",
    async stop() {
      clearInterval(timer);
      await runner.stop();
    },
  };
}

function startEmbedded(deps: WorkerDeps): RunningWorker {
  let running: Promise<void> | null = null;
  let settledDay = "";
  const tick = () => {
    if (running) return;
    running = (async () => {
      const now = new Date();
      try {
        const day = now.toISOString().slice(0, 10);
        if (day !== settledDay) {
          const n = await settleExpiredPurchases(deps.db, now);
          settledDay = day;
          if (n > 0) logInfo(`settled ${n} expired purchase(s)`);
        }
        await dispatchDue(deps, now);
      } catch (error) {
        logError("message dispatch failed", error);
      }
    })().finally(() => (running = null));
  };
  tick();
  const timer = setInterval(tick, deps.config.pollSeconds * 1000);
  timer.unref();
  logInfo(`message worker started (embedded dispatcher; ${deps.config.smtpUrl ? "SMTP" : "no SMTP configured: local outbox only"})`);
  return {
    mode: "embedded",
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
