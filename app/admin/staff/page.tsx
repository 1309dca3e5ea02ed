import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { listStaff, STAFF_SORTS } from "@/lib/queries/admin/staff";
import { parseListParams } from "@/lib/lists/list-params";
import { requireAdmin } from "@/lib/session";
import { ListPage, RowLink } from "@/components/lists/list-page";
import { StreamedList } from "@/components/loading/section-loading";
import { Badge } from "@/components/ui/badge";

export const metadata: Metadata = { title: "Staff accounts" };
export const dynamic = "force-dynamic";

const BASE = "/admin/staff";

export default async function StaffPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await requireAdmin(BASE);
  const raw = await searchParams;
  return (
    <StreamedList search={raw} title="Staff accounts" label="Loading staff accounts…" columns={5}>
      <StaffList raw={raw} me={me} />
    </StreamedList>
  );
}

async function StaffList({ raw, me }: { raw: Record<string, string | string[] | undefined>; me: { id: string } }) {
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
