import "server-only";
import { closePrismaClient, createPrismaClient, type AppPrismaClient } from "./database/client";

export type { AppPrismaClient } from "./database/client";

// Next's dev server re-evaluates modules on every change; caching on globalThis keeps one client (and, for the
// embedded database, one holder of its lock) per process.
const globalForPrisma = globalThis as unknown as { cadencePrisma?: AppPrismaClient };

function getPrisma(): AppPrismaClient {
  globalForPrisma.cadencePrisma ??= createPrismaClient({ purpose: "Cadence server" });
  return globalForPrisma.cadencePrisma;
}

/**
 * The application's PrismaClient, created on first use (so `next build` and imports never open the database).
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
  const client = globalForPrisma.cadencePrisma;
  globalForPrisma.cadencePrisma = undefined;
  if (client) await closePrismaClient(client);
}
