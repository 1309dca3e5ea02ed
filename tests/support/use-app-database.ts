import { setAppPrisma } from "./app-db";
import { useTestDatabase, type TestDatabase } from "./test-db";

/** useTestDatabase(), and the app's own `prisma` (lib/db) pointed at it, for tests of actions, pages and services. */
export function useAppDatabase(): TestDatabase {
  const db = useTestDatabase();
  beforeAll(() => setAppPrisma(db.prisma));
  afterAll(() => setAppPrisma(undefined));
  return db;
}
