import type { ListParams } from "@/lib/lists/list-params";

/** Every admin list shows this many rows a page. */
export const ADMIN_PAGE_SIZE = 25;

export type SortDir = ListParams<string>["dir"];
export type ListPage<Row> = { rows: Row[]; total: number; pageCount: number };

/**
 * A list's sort whitelist: the keys are all `?sort=` may say (parseListParams falls back to the default for anything
 * else), each mapped to its ORDER BY with a unique tie-breaker last so pages never overlap.
 */
export function sortWhitelist<Order, S extends string = string>(orders: { [K in S]: (dir: SortDir) => object[] }) {
  const keys = Object.keys(orders) as [S, ...S[]];
  // The entries name real columns of the model (Order); `by` builds them from names, hence the cast.
  return { keys, orderBy: (params: ListParams<S>) => orders[params.sort](params.dir) as Order[] };
}

/**
 * The usual ORDER BY for a sort key: `column` in the asked direction, then `thenBy` ascending, then the id, so
 * equal values keep a stable order across pages.
 */
export function by(column: string, ...thenBy: string[]) {
  return (dir: SortDir) => [{ [column]: dir }, ...thenBy.map((c) => ({ [c]: "asc" as const })), { id: "asc" as const }];
}

/** One page of a list: the count and the page's rows read together; the page count is never below one. */
export async function pageOf<Row>(
  params: Pick<ListParams<string>, "page">,
  count: () => Promise<number>,
  rows: (window: { skip: number; take: number }) => Promise<Row[]>,
  pageSize = ADMIN_PAGE_SIZE,
): Promise<ListPage<Row>> {
  const [total, page] = await Promise.all([count(), rows({ skip: (params.page - 1) * pageSize, take: pageSize })]);
  return { rows: page, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Case-insensitive "contains" on a name column, or no filter for an empty search. */
export function nameContains(q: string): { name?: { contains: string; mode: "insensitive" } } {
  return q ? { name: { contains: q, mode: "insensitive" } } : {};
}
