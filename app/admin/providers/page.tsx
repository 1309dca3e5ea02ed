import Link from "next/link";
import type { Metadata } from "next";
import { Plus } from "lucide-react";
import { requireAdmin } from "@/lib/session";
import { listHref, parseListParams } from "@/lib/lists/list-params";
import { listProviders, PROVIDER_SORTS } from "@/lib/queries/admin/providers";
import { clinicNames } from "@/lib/queries/admin/clinics";
import { PageHeader } from "@/components/shell/page-header";
import { SearchForm } from "@/components/shell/search-form";
import { SortableHead } from "@/components/shell/sortable-head";
import { Pagination } from "@/components/shell/pagination";
import { ActiveBadge } from "@/components/admin/status-badge";
import { ClinicFilter } from "@/components/admin/providers/clinic-filter";
import { buttonVariants } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export const metadata: Metadata = { title: "Providers" };
export const dynamic = "force-dynamic";

const BASE = "/admin/providers";

export default async function ProvidersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin(BASE);
  const raw = await searchParams;
  const params = parseListParams(raw, PROVIDER_SORTS, { sort: "name" });
  const clinics = await clinicNames();
  const clinicId = typeof raw.clinic === "string" && clinics.some((c) => c.id === raw.clinic) ? raw.clinic : null;
  const { rows, total, pageCount } = await listProviders(params, clinicId);
  const withClinic = (href: string) => (clinicId ? `${href}&clinic=${encodeURIComponent(clinicId)}` : href);
  const keep = { sort: params.sort, dir: params.dir, ...(clinicId ? { clinic: clinicId } : {}) };
  return (
    <>
      <PageHeader
        title="Providers"
        description={`${total} provider${total === 1 ? "" : "s"}${params.q ? ` matching “${params.q}”` : ""}`}
        actions={
          <Link href={`${BASE}/new`} className={buttonVariants()}>
            <Plus aria-hidden /> New provider
          </Link>
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <div className="w-full max-w-md">
          <SearchForm action={BASE} label="Search providers" placeholder="Search by name or title" defaultValue={params.q} hidden={keep} />
        </div>
        <ClinicFilter clinics={clinics} value={clinicId} q={params.q} sort={params.sort} dir={params.dir} />
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">No providers match. {params.q || clinicId ? "Try another search or clinic." : "Create the first one."}</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <SortableHead column="name" label="Name" params={params} basePath={BASE} />
              <SortableHead column="title" label="Title" params={params} basePath={BASE} />
              <TableHead>Works at</TableHead>
              <TableHead>Services</TableHead>
              <SortableHead column="active" label="Status" params={params} basePath={BASE} />
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((p) => (
              <TableRow key={p.id}>
                <TableCell>
                  <Link href={`${BASE}/${p.id}`} className="font-medium underline-offset-4 hover:underline">
                    {p.name}
                  </Link>
                </TableCell>
                <TableCell>{p.title ?? "—"}</TableCell>
                <TableCell>{p.clinics.map((c) => c.clinic.name).join(", ") || "—"}</TableCell>
                <TableCell className="tabular-nums">{p._count.services}</TableCell>
                <TableCell>
                  <ActiveBadge active={p.active} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Pagination page={params.page} pageCount={pageCount} hrefFor={(page) => withClinic(listHref(BASE, params, { page }))} />
    </>
  );
}
