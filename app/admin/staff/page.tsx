import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { listStaff, STAFF_SORTS } from "@/lib/queries/admin/staff";
import { parseListParams } from "@/lib/lists/list-params";
import { ListPage, RowLink } from "@/components/lists/list-page";
import { adminListRoute, type SearchParams } from "@/app/admin/admin-list-route";
import type { CurrentUser } from "@/lib/session";
import { Badge } from "@/components/ui/badge";

export const metadata: Metadata = { title: "Staff accounts" };
export const dynamic = "force-dynamic";

const BASE = "/admin/staff";

export default adminListRoute({ path: BASE, title: "Staff accounts", label: "Loading staff accounts…", columns: 5, list: staffList });

async function staffList(raw: SearchParams, me: CurrentUser) {
  const params = parseListParams(raw, STAFF_SORTS, { sort: "name" });
  const page = await listStaff(prisma, params);
  const muted = (text: string) => <span className="text-muted-foreground">{text}</span>;
  return (
    <ListPage
      title="Staff accounts"
      description={params.q ? `${page.total} matching “${params.q}”` : "Who can sign in to Cadence, and where they work."}
      create={{ href: `${BASE}/new`, label: "New account" }}
      search={{ label: "Search accounts", placeholder: "Name or email" }}
      basePath={BASE}
      params={params}
      page={page}
      rowKey={(u) => u.id}
      empty={`No account matches “${params.q}”.`}
      columns={[
        {
          header: "Name",
          sort: "name",
          cell: (u) => (
            <>
              <RowLink href={`${BASE}/${u.id}`}>{u.name}</RowLink>
              {u.id === me.id && muted(" (you)")}
            </>
          ),
        },
        { header: "Email", sort: "email", cell: (u) => u.email },
        {
          header: "Role",
          sort: "role",
          cell: (u) => <Badge variant={u.role === "ADMIN" ? "default" : "secondary"}>{u.role === "ADMIN" ? "Admin" : "Staff"}</Badge>,
        },
        {
          header: "Clinics",
          cellClassName: "max-w-xs whitespace-normal",
          cell: (u) => (u.role === "ADMIN" ? muted("All clinics") : u.memberships.length > 0 ? u.memberships.map((m) => m.clinic.name).join(", ") : muted("None")),
        },
        { header: "Status", cell: (u) => (u.active ? <Badge variant="success">Active</Badge> : <Badge variant="secondary">Deactivated</Badge>) },
      ]}
    />
  );
}
