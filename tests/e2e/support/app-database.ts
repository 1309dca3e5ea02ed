import { Client } from "pg";

/**
 * The rows of `sql` on the app's database when the test can reach it (the PostgreSQL tier sets E2E_DATABASE_URL);
 * null on the embedded database, which admits one process only.
 */
export async function queryAppDatabase<Row>(sql: string, params: unknown[]): Promise<Row[] | null> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) return null;
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return (await db.query(sql, params)).rows as Row[];
  } finally {
    await db.end();
  }
}
