import Link from "next/link";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { TableHead } from "@/components/ui/table";
import { LinkPendingIcon } from "@/components/navigation/link-pending-icon";
import { listHref, type ListParams } from "@/lib/lists/list-params";

/** A column header that sorts the list by its column; a second click reverses the order. */
export function SortableHead<S extends string>({ column, label, params, basePath, keep, className }: {
  column: S;
  label: string;
  params: ListParams<S>;
  basePath: string;
  /** The page's own filters, kept when the order changes. */
  keep?: Record<string, string>;
  className?: string;
}) {
  const active = params.sort === column;
  const dir = active && params.dir === "asc" ? "desc" : "asc";
  const Icon = !active ? ArrowUpDown : params.dir === "asc" ? ArrowUp : ArrowDown;
  return (
    <TableHead className={className} aria-sort={active ? (params.dir === "asc" ? "ascending" : "descending") : "none"}>
      <Link href={listHref(basePath, params, { sort: column, dir, page: 1 }, keep)} className="inline-flex items-center gap-1 hover:text-foreground">
        {label}
        <LinkPendingIcon className="h-3.5 w-3.5">
          <Icon aria-hidden className="h-3.5 w-3.5" />
        </LinkPendingIcon>
      </Link>
    </TableHead>
  );
}
