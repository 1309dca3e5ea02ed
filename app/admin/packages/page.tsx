import Link from "next/link";
import type { Metadata } from "next";
import { Plus } from "lucide-react";
import { env } from "@/lib/env";
import { formatCalendarDate } from "@/lib/format";
import { cadenceSummary, itemsSummary, formatPrice, formatValidity } from "@/lib/packages/summary";
import { listPackages, PACKAGE_SORTS, type PackageListRow } from "@/lib/queries/admin/packages";
import { listHref, parseListParams } from "@/lib/lists/list-params";
import { requireAdmin } from "@/lib/session";
import { PageHeader } from "@/components/shell/page-header";
import { Pagination } from "@/components/shell/pagination";
import { SearchForm } from "@/components/shell/search-form";
import { SortableHead } from "@/components/shell/sortable-head";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export const metadata: Metadata = { title: "Packages" };
export const dynamic = "force-dynamic";

const BASE = "/admin/packages";

function status(row: PackageListRow, today: string) {
  if (!row.active) return <Badge variant="secondary">Inactive</Badge>;
  const saleEnd = row.saleEndsOn?.toISOString().slice(0, 10);
  if (saleEnd && saleEnd < today) return <Badge variant="warning">Sale ended</Badge>;
  return <Badge variant="success">Active</Badge>;
}

export default async function PackagesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin(BASE);
  const params = parseListParams(await searchParams, PACKAGE_SORTS, { sort: "name" });
  const { rows, total, pageCount } = await listPackages(params);
  const currency = env().CADENCE_CURRENCY;
  const today = new Date().toISOString().slice(0, 10);

  return (
    <>
      <PageHeader
        title="Package templates"
        description={params.q ? `${total} matching “${params.q}”` : "What staff can assign to patients. Editing a template never changes purchases already made."}
        actions={
          <Button asChild>
            <Link href={`${BASE}/new`}>
              <Plus aria-hidden />
              New package
            </Link>
          </Button>
        }
      />
      <div className="mb-4 max-w-md">
        <SearchForm action={BASE} label="Search packages" placeholder="Search by name" defaultValue={params.q} hidden={{ sort: params.sort, dir: params.dir }} />
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          {params.q ? `No package matches “${params.q}”.` : "No package templates yet. Create the first one to start selling courses."}
        </p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <SortableHead column="name" label="Package" params={params} basePath={BASE} />
              <TableHead>Services</TableHead>
              <SortableHead column="validity" label="Valid for" params={params} basePath={BASE} />
              <SortableHead column="price" label="Price" params={params} basePath={BASE} className="text-right" />
              <TableHead>Status</TableHead>
              <TableHead className="text-right">Sold</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => {
              const items = row.items.map((i) => ({ serviceName: i.service.name, durationMin: i.service.durationMin, sessions: i.sessions }));
              const rhythm = cadenceSummary(row);
              return (
                <TableRow key={row.id}>
                  <TableCell className="align-top">
                    <Link className="font-medium underline-offset-4 hover:underline" href={`${BASE}/${row.id}`}>
                      {row.name}
                    </Link>
                    {row._count.allowedProviders > 0 && (
                      <p className="text-xs text-muted-foreground">
                        {row._count.allowedProviders} provider{row._count.allowedProviders === 1 ? "" : "s"} only
                      </p>
                    )}
                  </TableCell>
                  <TableCell className="max-w-md align-top whitespace-normal">
                    {itemsSummary(items)}
                    {rhythm && <p className="text-xs text-muted-foreground">{rhythm}</p>}
                  </TableCell>
                  <TableCell className="align-top tabular-nums">{formatValidity(row.validityDays)}</TableCell>
                  <TableCell className="text-right align-top tabular-nums">{formatPrice(row.priceMinor, currency)}</TableCell>
                  <TableCell className="align-top">
                    {status(row, today)}
                    {row.active && row.saleEndsOn && row.saleEndsOn.toISOString().slice(0, 10) >= today && (
                      <p className="text-xs text-muted-foreground">until {formatCalendarDate(row.saleEndsOn)}</p>
                    )}
                  </TableCell>
                  <TableCell className="text-right align-top tabular-nums">{row._count.purchases}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <Pagination page={params.page} pageCount={pageCount} hrefFor={(page) => listHref(BASE, params, { page })} />
    </>
  );
}
