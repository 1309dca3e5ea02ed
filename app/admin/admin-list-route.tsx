import type { ReactNode } from "react";
import { StreamedList } from "@/components/loading/section-loading";
import { requireAdmin, type CurrentUser } from "@/lib/session";

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * An admin list page: the role is checked before anything streams (so a 403 or the login redirect is never a
 * streamed 200), then the list loads behind its skeleton, keyed by the search params so that paging, sorting and
 * searching show the skeleton again.
 */
export function adminListRoute({ path, title, label, columns, list }: {
  /** The list's URL, where sign-in returns to. */
  path: string;
  title: string;
  /** What the skeleton says while the list loads, and how many columns it draws. */
  label: string;
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
      <StreamedList search={raw} title={title} label={label} columns={columns}>
        <List raw={raw} me={me} />
      </StreamedList>
    );
  };
}
