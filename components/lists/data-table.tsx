import type { ReactNode } from "react";
import type { ListParams } from "@/lib/lists/list-params";
import { SortableHead } from "@/components/shell/sortable-head";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/** One column of a DataTable: its header, how a row fills its cell, and (optionally) the sort key it offers. */
export type Column<Row, S extends string = string> = {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Makes the header a sort link; must be one of the list's whitelisted sorts. */
  sort?: S;
  /** For head and cells alike (e.g. "text-right" for amounts). */
  className?: string;
  cellClassName?: string;
};

export type Sorting<S extends string> = { params: ListParams<S>; basePath: string; keep?: Record<string, string> };

/** Rows as a table, one column definition each; with `sorting`, headers that name a sort reorder the list by URL. */
export function DataTable<Row, S extends string = string>({ rows, columns, rowKey, sorting, caption, hide }: {
  rows: Row[];
  columns: Column<Row, S>[];
  rowKey: (row: Row) => string;
  sorting?: Sorting<S>;
  /** Read by screen readers only. */
  caption?: string;
  /** Headers of columns to leave out (e.g. the patient column on a patient's own page). */
  hide?: string[];
}) {
  const shown = hide?.length ? columns.filter((c) => !hide.includes(c.header)) : columns;
  return (
    <Table>
      {caption && <TableCaption className="sr-only">{caption}</TableCaption>}
      <TableHeader>
        <TableRow>
          {shown.map((c) =>
            c.sort && sorting ? (
              <SortableHead key={c.header} column={c.sort} label={c.header} className={c.className} {...sorting} />
            ) : (
              <TableHead key={c.header} className={c.className}>
                {c.header}
              </TableHead>
            ),
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={rowKey(row)}>
            {shown.map((c) => (
              <TableCell key={c.header} className={[c.className, c.cellClassName].filter(Boolean).join(" ") || undefined}>
                {c.cell(row)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
