import Link from "next/link";
import type { Metadata } from "next";
import { Plus } from "lucide-react";
import { requireAdmin } from "@/lib/session";
import { listHref, parseListParams } from "@/lib/lists/list-params";
import { CLINIC_SORTS, listClinics } from "@/lib/queries/admin/clinics";
import { PageHeader } from "@/components/shell/page-header";
import { SearchForm } from "@/components/shell/search-form";
import { SortableHead } from "@/components/shell/sortable-head";
import { Pagination } from "@/components/shell/pagination";
import { ActiveBadge } from "@/components/admin/status-badge";
import { buttonVariants } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export const metadata: Metadata = { title: "Clinics" };
export const dynamic = "force-dynamic";

const BASE = "/admin/clinics";

export default async function ClinicsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin(BASE);
  const params = parseListParams(await searchParams, CLINIC_SORTS, { sort: "name" });
  const { rows, total, pageCount } = await listClinics(params);
  return (
    <>
      <PageHeader
        title="Clinics"
        description={params.q ? `${total} matching “${params.q}”` : `${total} clinic${total === 1 ? "" : "s"}`}
        actions={
          <Link href={`${BASE}/new`} className={buttonVariants()}>
            <Plus aria-hidden /> New clinic
          </Link>
        }
      />
      <div className="mb-4 max-w-md">
        <SearchForm action={BASE} label="Search clinics" placeholder="Search by name" defaultValue={params.q} hidden={{ sort: params.sort, dir: params.dir }} />
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">{params.q ? `No clinics match “${params.q}”.` : "No clinics yet. Create the first one."}</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <SortableHead column="name" label="Name" params={params} basePath={BASE} />
              <TableHead>Address</TableHead>
              <SortableHead column="timeZone" label="Time zone" params={params} basePath={BASE} />
              <TableHead>Services</TableHead>
              <TableHead>Providers</TableHead>
              <SortableHead column="active" label="Status" params={params} basePath={BASE} />
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((c) => (
              <TableRow key={c.id}>
                <TableCell>
                  <Link href={`${BASE}/${c.id}`} className="font-medium underline-offset-4 hover:underline">
                    {c.name}
                  </Link>
                </TableCell>
                <TableCell className="max-w-xs truncate text-muted-foreground">{c.address ?? "—"}</TableCell>
                <TableCell>{c.timeZone}</TableCell>
                <TableCell className="tabular-nums">{c._count.services}</TableCell>
                <TableCell className="tabular-nums">{c._count.providers}</TableCell>
                <TableCell>
                  <ActiveBadge active={c.active} />
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
