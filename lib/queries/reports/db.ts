import type { Prisma } from "@/lib/generated/prisma/client";

/** Report queries only read with raw SQL; they take the client (or a transaction) as an argument. */
export type ReportDb = { $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Prisma.PrismaPromise<T> };

/** PostgreSQL sums and counts arrive as bigint (or numeric strings); report figures fit a JS number. */
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
