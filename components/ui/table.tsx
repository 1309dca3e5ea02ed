import * as React from "react";

import { cn } from "@/lib/utils";
import { slotPart } from "@/components/ui/slot-part";
import { TableScroll } from "@/components/ui/table-scroll";

function Table({ className, ...props }: React.ComponentProps<"table">) {
  return (
    <TableScroll>
      <table data-slot="table" className={cn("w-full caption-bottom text-sm", className)} {...props} />
    </TableScroll>
  );
}

const TableHeader = slotPart("thead", "table-header", "[&_tr]:border-b");
const TableBody = slotPart("tbody", "table-body", "[&_tr:last-child]:border-0");
const TableFooter = slotPart("tfoot", "table-footer", "border-t bg-muted font-medium [&>tr]:last:border-b-0");
const TableRow = slotPart(
  "tr",
  "table-row",
  "border-b transition-colors hover:bg-muted/60 data-[state=selected]:bg-accent",
);
const TableHead = slotPart(
  "th",
  "table-head",
  "h-10 whitespace-nowrap px-3 text-left align-middle text-xs font-semibold uppercase tracking-wide text-muted-foreground [&:has([role=checkbox])]:pr-0",
);
const TableCell = slotPart("td", "table-cell", "px-3 py-2.5 align-middle [&:has([role=checkbox])]:pr-0");
const TableCaption = slotPart("caption", "table-caption", "mt-4 text-sm text-muted-foreground");

export { Table, TableHeader, TableBody, TableFooter, TableHead, TableRow, TableCell, TableCaption };
