// The audit viewer's own filters (on top of the shared date range), bounded and validated.
import { z } from "zod";

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_CSV_MAX_ROWS = 50_000;
const MAX_PAGE = 10_000;

const id = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const action = z.string().trim().min(1).max(64).regex(/^[a-z_]+(\.[a-z_]+)*$/);
const type = z.string().trim().min(1).max(40).regex(/^[A-Za-z]+$/);

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export type AuditParams = { actorId: string | null; action: string | null; entityType: string | null; entityId: string | null; page: number };

/** Empty or malformed values mean "any"; the list of what was ignored is shown to the user. */
export function parseAuditParams(params: Params): { value: AuditParams; ignored: string[] } {
  const ignored: string[] = [];
  const pick = <T>(name: string, schema: z.ZodType<T>): T | null => {
    const raw = first(params[name]);
    if (raw === undefined || raw.trim() === "") return null;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) ignored.push(name);
    return parsed.success ? parsed.data : null;
  };
  const page = z.coerce.number().int().min(1).max(MAX_PAGE).safeParse(first(params.page) ?? "1");
  return {
    value: { actorId: pick("actor", id), action: pick("action", action), entityType: pick("type", type), entityId: pick("id", id), page: page.success ? page.data : 1 },
    ignored,
  };
}

export function auditQuery(base: string, a: Omit<AuditParams, "page">, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams(base);
  if (a.actorId) q.set("actor", a.actorId);
  if (a.action) q.set("action", a.action);
  if (a.entityType) q.set("type", a.entityType);
  if (a.entityId) q.set("id", a.entityId);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}
