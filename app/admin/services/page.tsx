import Link from "next/link";
import type { Metadata } from "next";
import { Plus } from "lucide-react";
import { requireAdmin } from "@/lib/session";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/format";
import { listHref, parseListParams } from "@/lib/lists/list-params";
import { listServices, SERVICE_SORTS } from "@/lib/queries/admin/services";
import { PageHeader } from "@/components/shell/page-header";
import { SearchForm } from "@/components/shell/search-form";
import { SortableHead } from "@/components/shell/sortable-head";
import { Pagination } from "@/components/shell/pagination";
import { ActiveBadge } from "@/components/admin/status-badge";
import { buttonVariants } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export const metadata: Metadata = { title: "Services" };
export const dynamic = "force-dynamic";

const BASE = "/admin/services";

export default async function ServicesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin(BASE);
  const params = parseListParams(await searchParams, SERVICE_SORTS, { sort: "name" });
  const { rows, total, pageCount } = await listServices(params);
  const currency = env().CADENCE_CURRENCY;
  return (
    <>
      <PageHeader
        title="Services"
        description={params.q ? `${total} matching “${params.q}”` : `${total} service${total === 1 ? "" : "s"}`}
        actions={
          <Link href={`${BASE}/new`} className={buttonVariants()}>
            <Plus aria-hidden /> New service
          </Link>
        }
      />
      <div className="mb-4 max-w-md">
        <SearchForm action={BASE} label="Search services" placeholder="Search by name" defaultValue={params.q} hidden={{ sort: params.sort, dir: params.dir }} />
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">{params.q ? `No services match “${params.q}”.` : "No services yet. Create the first one."}</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <SortableHead column="name" label="Name" params={params} basePath={BASE} />
              <SortableHead column="durationMin" label="Duration" params={params} basePath={BASE} />
              <TableHead>Buffer</TableHead>
              <SortableHead column="priceMinor" label="List price" params={params} basePath={BASE} className="text-right" />
              <TableHead>Offered at</TableHead>
              <TableHead>Providers</TableHead>
              <SortableHead column="active" label="Status" params={params} basePath={BASE} />
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((s) => (
              <TableRow key={s.id}>
                <TableCell>
                  <Link href={`${BASE}/${s.id}`} className="inline-flex items-center gap-2 font-medium underline-offset-4 hover:underline">
                    <span aria-hidden className="size-3 rounded-full" style={{ backgroundColor: s.colour }} />
                    {s.name}
                  </Link>
                </TableCell>
                <TableCell className="tabular-nums">{s.durationMin} min</TableCell>
                <TableCell className="tabular-nums">{s.bufferAfterMin ? `${s.bufferAfterMin} min` : "—"}</TableCell>
                <TableCell className="text-right tabular-nums">{formatMoney(s.priceMinor, currency)}</TableCell>
                <TableCell className="tabular-nums">{plural(s._count.clinics, "clinic")}</TableCell>
                <TableCell className="tabular-nums">{plural(s._count.providers, "provider")}</TableCell>
                <TableCell>
                  <ActiveBadge active={s.active} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Pagination page={params.page} pageCount={pageCount} hrefFor={(page) => listHref(BASE, params, { page })} />
    </>
  );
}

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
