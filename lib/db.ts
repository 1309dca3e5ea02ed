import "server-only";
import type { AppPrismaClient } from "./database/client";
import { closeProcessPrismaClient, processPrismaClient as getPrisma } from "./database/process-client";

export type { AppPrismaClient } from "./database/client";

/**
 * The application's PrismaClient, created on first use: at server start (instrumentation.ts) on the embedded database,
 * else at the first query; `next build` and imports never open the database.
 * Passwords are omitted unless a query asks for them.
 */
export const prisma: AppPrismaClient = new Proxy({} as AppPrismaClient, {
  get(_target, property) {
    const client = getPrisma();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
  has(_target, property) {
    return Reflect.has(getPrisma(), property);
  },
});

/** For scripts: closes the connection (and the embedded database's lock) if one was opened. */
export async function disconnect(): Promise<void> {
  await closeProcessPrismaClient();
}
