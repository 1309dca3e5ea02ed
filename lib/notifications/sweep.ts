import type { AppPrismaClient } from "@/lib/database/client";
import type { NotificationConfig } from "./config";

/**
 * Repairs what the queue cannot see (PostgreSQL, graphile-worker): every queued message without a runnable job
 * gets one — written before graphile-worker installed its schema, or whose job is locked by a worker that died
 * (graphile-worker keeps such a lock for 4 hours; add_job on a locked job's key makes a fresh job and retires the
 * stale one). Rows a live worker is sending are locked and skipped. (SENDING rows exist only on the embedded
 * database, whose dispatcher takes over expired leases itself; the first statement is for a database moved over.)
 */
export async function sweepLostJobs(db: AppPrismaClient, config: NotificationConfig, now: Date): Promise<number> {
  await db.$executeRaw`UPDATE messages SET status = 'QUEUED', lease_until = NULL, updated_at = ${now}
    WHERE status = 'SENDING' AND lease_until < ${now}`;
  const settled = new Date(now.getTime() - config.leaseSeconds * 1000);
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT (graphile_worker.add_job('send_message', json_build_object('messageId', m.id), run_at => greatest(m.send_at, m.next_attempt_at),
             max_attempts => 25, job_key => 'message:' || m.id, job_key_mode => 'replace')).key AS id
    FROM messages m
    WHERE m.status = 'QUEUED' AND m.updated_at < ${settled}
      AND NOT EXISTS (SELECT 1 FROM graphile_worker.jobs j WHERE j.key = 'message:' || m.id AND j.locked_at IS NULL AND j.attempts < j.max_attempts)
    LIMIT 500
    FOR UPDATE OF m SKIP LOCKED`;
  return rows.length;
}
