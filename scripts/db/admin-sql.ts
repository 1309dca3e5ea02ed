// Maintenance statements on a PostgreSQL server (CREATE/DROP DATABASE), for tests and benchmarks.
import pg from "pg";

/** Runs one statement on the server's maintenance connection (CREATE/DROP DATABASE cannot use the pool's db). */
export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
