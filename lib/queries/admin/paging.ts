import type { ListParams } from "@/lib/lists/list-params";

/** Every admin list shows this many rows a page. */
export const ADMIN_PAGE_SIZE = 25;

export type SortDir = ListParams<string>["dir"];
export type ListPage<Row> = { rows: Row[]; total: number; pageCount: number };

/**
 * A list's sort whitelist: the keys are all `?sort=` may say (parseListParams falls back to the default for anything
 * else), each mapped to its ORDER BY with a unique tie-breaker last so pages never overlap.
 */
export function sortWhitelist<S extends string, Order>(orders: { [K in S]: (dir: SortDir) => Order[] }) {
  const keys = Object.keys(orders) as [S, ...S[]];
  return { keys, orderBy: (params: ListParams<S>): Order[] => orders[params.sort](params.dir) };
}

/** One page of a list: the count and the page's rows read together; the page count is never below one. */
export async function pageOf<Row>(
  params: Pick<ListParams<string>, "page">,
  read: { count: () => Promise<number>; rows: (window: { skip: number; take: number }) => Promise<Row[]> },
  pageSize = ADMIN_PAGE_SIZE,
): Promise<ListPage<Row>> {
  const [total, rows] = await Promise.all([read.count(), read.rows({ skip: (params.page - 1) * pageSize, take: pageSize })]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Case-insensitive "contains" on a name column, or no filter for an empty search. */
export function nameContains(q: string): { name?: { contains: string; mode: "insensitive" } } {
  return q ? { name: { contains: q, mode: "insensitive" } } : {};
}
