import type { ReactNode } from "react";
import Link from "next/link";
import { Plus } from "lucide-react";
import { listHref, type ListParams } from "@/lib/lists/list-params";
import { PageHeader } from "@/components/shell/page-header";
import { Pagination } from "@/components/shell/pagination";
import { SearchForm } from "@/components/shell/search-form";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { DataTable, type Column } from "./data-table";

/** "25 clinics", "1 clinic". */
export function countOf(total: number, noun: string): string {
  return `${total.toLocaleString("en-GB")} ${noun}${total === 1 ? "" : "s"}`;
}

/**
 * An admin list page: title with a "New …" link and other actions, a GET search (plus any filters), a table sorted
 * by URL, a calm sentence when nothing is there, and Previous/Next. All state lives in the URL, so lists are
 * shareable and work without JavaScript.
 */
export function ListPage<Row, S extends string>({
  title,
  description,
  create,
  actions,
  search,
  filters,
  basePath,
  params,
  keep,
  page,
  columns,
  rowKey,
  empty,
}: {
  title: string;
  description?: ReactNode;
  /** The primary "New …" link. */
  create?: { href: string; label: string };
  actions?: ReactNode;
  search: { label: string; placeholder: string; wide?: boolean };
  filters?: ReactNode;
  basePath: string;
  params: ListParams<S>;
  /** The page's own filters, kept through search, sorting and paging. */
  keep?: Record<string, string>;
  page: { rows: Row[]; pageCount: number };
  columns: Column<Row, S>[];
  rowKey: (row: Row) => string;
  empty: ReactNode;
}) {
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={
          (actions || create) && (
            <>
              {actions}
              {create && (
                <Link href={create.href} className={buttonVariants()}>
                  <Plus aria-hidden /> {create.label}
                </Link>
              )}
            </>
          )
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <div className={cn("w-full", search.wide ? "max-w-xl" : "max-w-md")}>
          <SearchForm action={basePath} label={search.label} placeholder={search.placeholder} defaultValue={params.q} hidden={{ sort: params.sort, dir: params.dir, ...keep }} />
        </div>
        {filters}
      </div>
      {page.rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">{empty}</p>
      ) : (
        <DataTable rows={page.rows} columns={columns} rowKey={rowKey} sorting={{ params, basePath, keep }} />
      )}
      <Pagination page={params.page} pageCount={page.pageCount} hrefFor={(n) => listHref(basePath, params, { page: n }, keep)} />
    </>
  );
}

/** The bold link from a row to its record. */
export function RowLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <Link href={href} className={cn("font-medium underline-offset-4 hover:underline", className)}>
      {children}
    </Link>
  );
}
