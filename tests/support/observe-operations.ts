import type { AppPrismaClient } from "@/lib/database/client";
import { setAppPrisma } from "./app-db";
import type { TestDatabase } from "./test-db";

export type Operation = { model: string | undefined; operation: string; args: unknown };

/** Runs `fn` with the app's prisma (lib/db) telling `observe` of every operation it sends, then gives the app its plain client back. */
export async function observingOperations<T>(db: TestDatabase, observe: (operation: Operation) => void, fn: () => Promise<T>): Promise<T> {
  const observed = db.prisma.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        observe({ model, operation, args });
        return query(args);
      },
    },
  }) as unknown as AppPrismaClient;
  setAppPrisma(observed);
  try {
    return await fn();
  } finally {
    setAppPrisma(db.prisma);
  }
}
