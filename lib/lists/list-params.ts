import { z } from "zod";

export type ListParams<S extends string> = { q: string; page: number; sort: S; dir: "asc" | "desc" };

/** Reads ?q=&page=&sort=&dir= from a page's searchParams; anything unexpected falls back to the defaults. */
export function parseListParams<S extends string>(
  raw: Record<string, string | string[] | undefined>,
  sorts: readonly [S, ...S[]],
  defaults: { sort: S; dir?: "asc" | "desc" },
): ListParams<S> {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return z
    .object({
      q: z.string().trim().max(100).catch(""),
      page: z.coerce.number().int().min(1).max(100_000).catch(1),
      sort: z.enum(sorts).catch(defaults.sort),
      dir: z.enum(["asc", "desc"]).catch(defaults.dir ?? "asc"),
    })
    .parse({ q: one(raw.q) ?? "", page: one(raw.page), sort: one(raw.sort), dir: one(raw.dir) });
}

/**
 * The URL of a list page with some parameters changed; defaults are left out to keep URLs short. `keep` carries a
 * page's own filters (e.g. ?clinic=) through sorting and paging.
 */
export function listHref<S extends string>(basePath: string, params: ListParams<S>, change: Partial<ListParams<S>>, keep: Record<string, string> = {}): string {
  const next = { ...params, ...change };
  const query = new URLSearchParams(keep);
  if (next.q) query.set("q", next.q);
  if (next.page > 1) query.set("page", String(next.page));
  query.set("sort", next.sort);
  query.set("dir", next.dir);
  return `${basePath}?${query}`;
}

/**
 * One state of a page's URL, as a string: the key of the <Suspense> around a list's data, so a new search, sort or
 * page mounts a new boundary and shows its skeleton (React keeps an already shown boundary's old content instead).
 */
export function searchKey(raw: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(raw)) for (const one of [value ?? []].flat()) query.append(name, one);
  return query.toString();
}
