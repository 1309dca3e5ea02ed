// Database constraint violations, recognised in one place. They reach us in several shapes: Prisma Client's
// PrismaClientKnownRequestError (P2002 for unique; other PostgreSQL errors as a generic code whose message carries
// the SQLSTATE and the constraint name), a driver-adapter error, or a raw pg / PGlite error (raw queries, scripts).

export type ConstraintViolation = { constraint: string | null };

type Loose = {
  code?: unknown;
  message?: unknown;
  constraint?: unknown;
  meta?: unknown;
  cause?: unknown;
  originalCode?: unknown;
  originalMessage?: unknown;
};

function asLoose(e: unknown): Loose | null {
  return typeof e === "object" && e !== null ? (e as Loose) : null;
}

/** Every error-like object reachable through meta / cause, with the error itself first. */
function chain(e: unknown, depth = 0): Loose[] {
  const l = asLoose(e);
  if (!l || depth > 4) return [];
  const out = [l];
  const meta = asLoose(l.meta);
  if (meta) {
    out.push(meta);
    for (const value of Object.values(meta)) out.push(...chain(value, depth + 1));
  }
  if (l.cause) out.push(...chain(l.cause, depth + 1));
  return out;
}

function texts(e: unknown): string[] {
  return chain(e).flatMap((l) =>
    [l.message, l.originalMessage].filter((m): m is string => typeof m === "string"),
  );
}

function hasSqlState(e: unknown, sqlState: string): boolean {
  return chain(e).some(
    (l) =>
      l.code === sqlState ||
      l.originalCode === sqlState ||
      (typeof l.message === "string" && l.message.includes(sqlState)),
  );
}

function constraintFrom(e: unknown, pattern: RegExp): string | null {
  for (const l of chain(e)) {
    if (typeof l.constraint === "string") return l.constraint;
    const c = asLoose(l.constraint);
    if (c && typeof (c as { index?: unknown }).index === "string") return (c as { index: string }).index;
  }
  for (const text of texts(e)) {
    const match = pattern.exec(text);
    if (match) return match[1];
  }
  return null;
}

/** 23P01: an EXCLUDE constraint (e.g. appointments_provider_no_overlap) refused the row. */
export function isExclusionViolation(e: unknown): ConstraintViolation | null {
  if (!hasSqlState(e, "23P01") && !texts(e).some((t) => t.includes("violates exclusion constraint"))) return null;
  return { constraint: constraintFrom(e, /exclusion constraint \\?"([^"\\]+)\\?"/) };
}

/** 23514: a CHECK constraint (e.g. purchase_items_within_total) refused the row. */
export function isCheckViolation(e: unknown): ConstraintViolation | null {
  if (!hasSqlState(e, "23514") && !texts(e).some((t) => t.includes("violates check constraint"))) return null;
  return { constraint: constraintFrom(e, /check constraint \\?"([^"\\]+)\\?"/) };
}

/**
 * P2002 / 23505: a unique constraint refused the row. `constraint` is the index name when the driver reports it;
 * `fields` the columns when Prisma does (Prisma reports fields, not names, through the driver adapters).
 */
export function isUniqueViolation(e: unknown): (ConstraintViolation & { fields: string[] }) | null {
  const links = chain(e);
  const isUnique = links.some((l) => l.code === "P2002") || hasSqlState(e, "23505");
  if (!isUnique) return null;
  let fields: string[] = [];
  for (const l of links) {
    const target = (l as { target?: unknown }).target;
    if (Array.isArray(target)) fields = target.map(String);
    const c = asLoose(l.constraint) as { fields?: unknown } | null;
    if (c && Array.isArray(c.fields) && fields.length === 0) fields = c.fields.map(String);
  }
  return { constraint: constraintFrom(e, /unique constraint \\?"([^"\\]+)\\?"/), fields };
}
