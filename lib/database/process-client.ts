import { closePrismaClient, createPrismaClient, type AppPrismaClient } from "./client";

// One client per process, kept on globalThis: Next's dev server re-evaluates modules on every change, and Next
// bundles instrumentation.ts apart from the routes; both must reach the same client (and, for the embedded
// database, the same holder of its lock).
const holder = globalThis as unknown as { cadencePrisma?: AppPrismaClient };

/** The process's PrismaClient, created on first use. On the embedded database this takes its directory lock. */
export function processPrismaClient(): AppPrismaClient {
  holder.cadencePrisma ??= createPrismaClient({ purpose: "Cadence server" });
  return holder.cadencePrisma;
}

/** Closes the process's client (and the embedded database's lock) if one was opened. */
export async function closeProcessPrismaClient(): Promise<void> {
  const client = holder.cadencePrisma;
  holder.cadencePrisma = undefined;
  if (client) await closePrismaClient(client);
}
