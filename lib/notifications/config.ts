/**
 * Notification settings from the environment, read once per call site (tests and `npm run worker` set them before
 * starting). Nothing here is patient data.
 */
export type NotificationConfig = {
  /** SMTP server (`smtp://user:pass@host:587`, `smtps://…`); unset = keep messages in the local outbox only. */
  smtpUrl: string | null;
  /** The From address; the clinic's name is its display name. */
  from: string;
  /** Public URL of the app, for unsubscribe links. */
  appUrl: string;
  /** Attempts per message before it is FAILED (the dead-letter state). */
  maxAttempts: number;
  /** How long a worker may hold a claimed message before another worker may take it over (a crashed worker). */
  leaseSeconds: number;
  /** How often a worker looks for due messages (embedded) or for lost jobs (graphile-worker). */
  pollSeconds: number;
};

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function notificationConfig(env: NodeJS.ProcessEnv = process.env): NotificationConfig {
  const port = env.PORT?.trim() || "3000";
  return {
    smtpUrl: env.SMTP_URL?.trim() || null,
    from: env.SMTP_FROM?.trim() || "no-reply@cadence.invalid",
    appUrl: (env.NEXTAUTH_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, ""),
    maxAttempts: Math.floor(positive(env.CADENCE_MESSAGE_MAX_ATTEMPTS, 8)),
    leaseSeconds: positive(env.CADENCE_MESSAGE_LEASE_SECONDS, 120),
    pollSeconds: positive(env.CADENCE_MESSAGE_POLL_SECONDS, 5),
  };
}

/** Seconds until the next attempt after `attempts` failed ones: e^attempts, as graphile-worker backs off its jobs. */
export function retryDelaySeconds(attempts: number): number {
  return Math.exp(Math.min(Math.max(attempts, 1), 10));
}
