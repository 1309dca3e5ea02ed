import type { ReactNode } from "react";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/** A column's heading: its label, or a key and label with the heading's classes. */
type ReportColumn = string | { key: string; label: string; className?: string };

/** The headings of a report's figures (counts, amounts, hours): right-aligned, like the figures under them. */
export function figureColumns(columns: readonly { key: string; label: string }[]): ReportColumn[] {
  return columns.map(({ key, label }) => ({ key, label, className: "text-right" }));
}

/**
 * A report's table: a caption for screen readers, a row of column headings and a row per item, or, given `empty`,
 * that sentence when there is nothing to list. `actions` adds a last column without a visible heading (and left out
 * of print) for the rows' links.
 */
export function ReportTable<T>({ caption, columns, actions = false, rows, rowKey, rowClassName, empty, children }: {
  caption: string;
  columns: readonly ReportColumn[];
  actions?: boolean;
  rows: readonly T[];
  rowKey: (row: T) => string;
  rowClassName?: (row: T) => string | undefined;
  empty?: ReactNode;
  /** The row's cells. */
  children: (row: T) => ReactNode;
}) {
  if (rows.length === 0 && empty !== undefined) return <p className="text-sm text-muted-foreground">{empty}</p>;
  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <TableHeader>
        <TableRow>
          {columns.map((column) => {
            const { key, label, className } = typeof column === "string" ? { key: column, label: column, className: undefined } : column;
            return (
              <TableHead key={key} scope="col" className={className}>
                {label}
              </TableHead>
            );
          })}
          {actions && (
            <TableHead scope="col" className="no-print">
              <span className="sr-only">Actions</span>
            </TableHead>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={rowKey(row)} className={rowClassName?.(row)}>
            {children(row)}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
