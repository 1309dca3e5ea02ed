import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { formatCalendarDate } from "@/lib/format";
import { cadenceSummary, itemsSummary, formatPrice, formatValidity } from "@/lib/packages/summary";
import { listPackages, PACKAGE_SORTS, type PackageListRow } from "@/lib/queries/admin/packages";
import { countOf, RowLink } from "@/components/lists/list-page";
import { adminTableRoute } from "@/app/admin/admin-list-route";
import { Badge } from "@/components/ui/badge";

export const metadata: Metadata = { title: "Packages" };
export const dynamic = "force-dynamic";

const BASE = "/admin/packages";

function Status({ row, today }: { row: PackageListRow; today: string }) {
  if (!row.active) return <Badge variant="secondary">Inactive</Badge>;
  const saleEnd = row.saleEndsOn?.toISOString().slice(0, 10);
  if (saleEnd && saleEnd < today) return <Badge variant="warning">Sale ended</Badge>;
  return (
    <>
      <Badge variant="success">Active</Badge>
      {row.saleEndsOn && <p className="text-xs text-muted-foreground">until {formatCalendarDate(row.saleEndsOn)}</p>}
    </>
  );
}

export default adminTableRoute({
  path: BASE,
  title: "Package templates",
  columns: 6,
  sorts: PACKAGE_SORTS,
  load: (params) => listPackages(prisma, params),
  view: (params, page) => {
    const today = new Date().toISOString().slice(0, 10);
    const top = "align-top";
    return {
      description: params.q ? `${page.total} matching “${params.q}”` : "What staff can assign to patients. Editing a template never changes purchases already made.",
      create: "New package",
      search: { label: "Search packages", placeholder: "Search by name" },
      empty: params.q ? `No package matches “${params.q}”.` : "No package templates yet. Create the first one to start selling courses.",
      columns: [
        {
          header: "Package",
          sort: "name",
          cellClassName: top,
          cell: (row) => (
            <>
              <RowLink href={`${BASE}/${row.id}`}>{row.name}</RowLink>
              {row._count.allowedProviders > 0 && <p className="text-xs text-muted-foreground">{countOf(row._count.allowedProviders, "provider")} only</p>}
            </>
          ),
        },
        {
          header: "Services",
          cellClassName: "max-w-md align-top whitespace-normal",
          cell: (row) => {
            const rhythm = cadenceSummary(row);
            return (
              <>
                {itemsSummary(row.items.map((i) => ({ serviceName: i.service.name, durationMin: i.service.durationMin, sessions: i.sessions })))}
                {rhythm && <p className="text-xs text-muted-foreground">{rhythm}</p>}
              </>
            );
          },
        },
        { header: "Valid for", sort: "validity", cellClassName: `${top} tabular-nums`, cell: (row) => formatValidity(row.validityDays) },
        { header: "Price", sort: "price", className: "text-right", cellClassName: `${top} tabular-nums`, cell: (row) => formatPrice(row.priceMinor, row.currency) },
        { header: "Status", cellClassName: top, cell: (row) => <Status row={row} today={today} /> },
        { header: "Sold", className: "text-right", cellClassName: `${top} tabular-nums`, cell: (row) => row._count.purchases },
      ],
    };
  },
});
