// Stands in for "@/lib/db" in integration tests (jest moduleNameMapper): the app's `prisma` is the test file's
// migrated database from useTestDatabase(), so actions and services run against it unchanged.
import type { AppPrismaClient } from "@/lib/database/client";

export type { AppPrismaClient } from "@/lib/database/client";

const registry = globalThis as unknown as { cadenceTestPrisma?: AppPrismaClient };

export function setAppPrisma(client: AppPrismaClient | undefined): void {
  registry.cadenceTestPrisma = client;
}

function current(): AppPrismaClient {
  if (!registry.cadenceTestPrisma) throw new Error("No test database: call useTestDatabase() in this test file.");
  return registry.cadenceTestPrisma;
}

export const prisma: AppPrismaClient = new Proxy({} as AppPrismaClient, {
  get(_target, property) {
    const client = current();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export async function disconnect(): Promise<void> {}
