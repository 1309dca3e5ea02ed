// Counts the SQL statements a piece of code sends, the way `npm run bench:booking` does: every statement on the
// wire, BEGIN and COMMIT included. On PostgreSQL every statement goes through pg.Client#query; the embedded PGlite
// runs a transaction's BEGIN and COMMIT/ROLLBACK inside `transaction()`, so they are counted as two there.
import type { PGlite, Transaction } from "@electric-sql/pglite";
import pg from "pg";
import type { TestDatabase } from "./test-db";

export async function countStatements<T>(db: TestDatabase, fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
  let statements = 0;
  const restore = db.kind === "postgres" ? countOnPg(() => statements++) : countOnPglite(db.pglite, (n) => (statements += n));
  try {
    const result = await fn();
    return { result, statements };
  } finally {
    restore();
  }
}

function countOnPg(count: () => void): () => void {
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...a: unknown[]) {
    count();
    return original.apply(this, a);
  };
  return () => {
    proto.query = original;
  };
}

function countOnPglite(db: PGlite, count: (n: number) => void): () => void {
  const target = db as unknown as { query: PGlite["query"]; exec: PGlite["exec"]; transaction: PGlite["transaction"] };
  const { query, exec, transaction } = target;
  target.query = ((...a: Parameters<PGlite["query"]>) => (count(1), query.apply(db, a))) as PGlite["query"];
  target.exec = ((...a: Parameters<PGlite["exec"]>) => (count(1), exec.apply(db, a))) as PGlite["exec"];
  target.transaction = (<R>(fn: (tx: Transaction) => Promise<R>) => {
    count(2); // BEGIN, and COMMIT or ROLLBACK
    return transaction.call(db, (tx: Transaction) => {
      const counted = Object.create(tx) as Transaction;
      counted.query = ((...a: Parameters<Transaction["query"]>) => (count(1), tx.query(...a))) as Transaction["query"];
      counted.exec = ((...a: Parameters<Transaction["exec"]>) => (count(1), tx.exec(...a))) as Transaction["exec"];
      return fn(counted);
    });
  }) as PGlite["transaction"];
  return () => {
    target.query = query;
    target.exec = exec;
    target.transaction = transaction;
  };
}
