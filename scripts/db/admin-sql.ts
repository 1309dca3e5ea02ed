// Maintenance statements on a PostgreSQL server (CREATE/DROP DATABASE), for tests and benchmarks.
import pg from "pg";

/** One connection of its own for `run`, closed afterwards whatever happens. */
export async function withPgClient<T>(url: string, run: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Runs one statement on the server's maintenance connection (CREATE/DROP DATABASE cannot use the pool's db). */
export async function adminQuery(url: string, sql: string): Promise<void> {
  await withPgClient(url, (c) => c.query(sql));
}

/** The same server's maintenance database (postgres), where databases are created, dropped and described. */
export function maintenanceUrl(url: string): string {
  const u = new URL(url);
  u.pathname = "/postgres";
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
