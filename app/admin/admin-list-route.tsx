import type { ReactNode } from "react";
import { StreamedList } from "@/components/loading/section-loading";
import { ListPage } from "@/components/lists/list-page";
import type { Column } from "@/components/lists/data-table";
import { parseListParams, type ListParams } from "@/lib/lists/list-params";
import { requireAdmin, type CurrentUser } from "@/lib/session";

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * An admin list page: the role is checked before anything streams (so a 403 or the login redirect is never a
 * streamed 200), then the list loads behind its skeleton, keyed by the search params so that paging, sorting and
 * searching show the skeleton again.
 */
export function adminListRoute({ path, title, columns, list }: {
  /** The list's URL, where sign-in returns to. */
  path: string;
  /** The list's heading; its skeleton says "Loading <title>…". */
  title: string;
  /** How many columns the skeleton draws. */
  columns: number;
  list: (raw: SearchParams, me: CurrentUser) => Promise<ReactNode>;
}) {
  async function List({ raw, me }: { raw: SearchParams; me: CurrentUser }) {
    return list(raw, me);
  }
  return async function AdminListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
    const me = await requireAdmin(path);
    const raw = await searchParams;
    return (
      <StreamedList search={raw} title={title} label={`Loading ${title.toLowerCase()}…`} columns={columns}>
        <List raw={raw} me={me} />
      </StreamedList>
    );
  };
}

/** What a record list shows around its rows; the route supplies its title, URL, paging, sorting and row keys. */
type TableView<Row, S extends string> = {
  description: ReactNode;
  /** The label of the "New …" link to `${path}/new`. */
  create: string;
  search: { label: string; placeholder: string };
  empty: ReactNode;
  columns: Column<Row, S>[];
  filters?: ReactNode;
  keep?: Record<string, string>;
};

/**
 * A catalogue list (clinics, services, providers, packages, staff): an admin list route whose page is one searchable,
 * sortable table of records, each linking to `${path}/${id}`. The first of `sorts` is the default order.
 */
export function adminTableRoute<S extends string, P extends { rows: { id: string }[]; pageCount: number }>({ sorts, load, view, ...route }: {
  path: string;
  title: string;
  columns: number;
  sorts: readonly [S, ...S[]];
  load: (params: ListParams<S>, raw: SearchParams) => Promise<P>;
  view: (params: ListParams<S>, page: P, me: CurrentUser) => TableView<P["rows"][number], S>;
}) {
  return adminListRoute({
    ...route,
    list: async (raw, me) => {
      const params = parseListParams(raw, sorts, { sort: sorts[0] });
      const page = await load(params, raw);
      const { create, ...table } = view(params, page, me);
      const createLink = { href: `${route.path}/new`, label: create };
      return <ListPage title={route.title} basePath={route.path} create={createLink} params={params} page={page} rowKey={(row) => row.id} {...table} />;
    },
  });
}
