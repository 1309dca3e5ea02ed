import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { listStaff, STAFF_SORTS } from "@/lib/queries/admin/staff";
import { RowLink } from "@/components/lists/list-page";
import { adminTableRoute } from "@/app/admin/admin-list-route";
import { Badge } from "@/components/ui/badge";

export const metadata: Metadata = { title: "Staff accounts" };
export const dynamic = "force-dynamic";

const BASE = "/admin/staff";

const muted = (text: string) => <span className="text-muted-foreground">{text}</span>;

export default adminTableRoute({
  path: BASE,
  title: "Staff accounts",
  columns: 5,
  sorts: STAFF_SORTS,
  load: (params) => listStaff(prisma, params),
  view: (params, page, me) => ({
    description: params.q ? `${page.total} matching “${params.q}”` : "Who can sign in to Cadence, and where they work.",
    create: "New account",
    search: { label: "Search accounts", placeholder: "Name or email" },
    empty: `No account matches “${params.q}”.`,
    columns: [
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
    ],
  }),
});
