import Link from "next/link";
import type { Metadata } from "next";
import { Plus } from "lucide-react";
import { listStaff, STAFF_SORTS } from "@/lib/queries/admin/staff";
import { listHref, parseListParams } from "@/lib/lists/list-params";
import { requireAdmin } from "@/lib/session";
import { PageHeader } from "@/components/shell/page-header";
import { Pagination } from "@/components/shell/pagination";
import { SearchForm } from "@/components/shell/search-form";
import { SortableHead } from "@/components/shell/sortable-head";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export const metadata: Metadata = { title: "Staff accounts" };
export const dynamic = "force-dynamic";

const BASE = "/admin/staff";

export default async function StaffPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await requireAdmin(BASE);
  const params = parseListParams(await searchParams, STAFF_SORTS, { sort: "name" });
  const { rows, total, pageCount } = await listStaff(params);
  return (
    <>
      <PageHeader
        title="Staff accounts"
        description={params.q ? `${total} matching “${params.q}”` : "Who can sign in to Cadence, and where they work."}
        actions={
          <Button asChild>
            <Link href={`${BASE}/new`}>
              <Plus aria-hidden />
              New account
            </Link>
          </Button>
        }
      />
      <div className="mb-4 max-w-md">
        <SearchForm action={BASE} label="Search accounts" placeholder="Name or email" defaultValue={params.q} hidden={{ sort: params.sort, dir: params.dir }} />
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">No account matches “{params.q}”.</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <SortableHead column="name" label="Name" params={params} basePath={BASE} />
              <SortableHead column="email" label="Email" params={params} basePath={BASE} />
              <SortableHead column="role" label="Role" params={params} basePath={BASE} />
              <TableHead>Clinics</TableHead>
              <TableHead>Status</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((u) => (
              <TableRow key={u.id}>
                <TableCell>
                  <Link className="font-medium underline-offset-4 hover:underline" href={`${BASE}/${u.id}`}>
                    {u.name}
                  </Link>
                  {u.id === me.id && <span className="text-muted-foreground"> (you)</span>}
                </TableCell>
                <TableCell>{u.email}</TableCell>
                <TableCell>
                  <Badge variant={u.role === "ADMIN" ? "default" : "secondary"}>{u.role === "ADMIN" ? "Admin" : "Staff"}</Badge>
                </TableCell>
                <TableCell className="max-w-xs whitespace-normal">
                  {u.role === "ADMIN" ? (
                    <span className="text-muted-foreground">All clinics</span>
                  ) : u.memberships.length > 0 ? (
                    u.memberships.map((m) => m.clinic.name).join(", ")
                  ) : (
                    <span className="text-muted-foreground">None</span>
                  )}
                </TableCell>
                <TableCell>{u.active ? <Badge variant="success">Active</Badge> : <Badge variant="secondary">Deactivated</Badge>}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Pagination page={params.page} pageCount={pageCount} hrefFor={(page) => listHref(BASE, params, { page })} />
    </>
  );
}
