import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { parseListParams } from "@/lib/lists/list-params";
import { CLINIC_SORTS, listClinics } from "@/lib/queries/admin/clinics";
import { countOf, ListPage, RowLink } from "@/components/lists/list-page";
import { adminListRoute, type SearchParams } from "@/app/admin/admin-list-route";
import { ActiveBadge } from "@/components/admin/status-badge";

export const metadata: Metadata = { title: "Clinics" };
export const dynamic = "force-dynamic";

const BASE = "/admin/clinics";

export default adminListRoute({ path: BASE, title: "Clinics", label: "Loading clinics…", columns: 6, list: clinicsList });

async function clinicsList(raw: SearchParams) {
  const params = parseListParams(raw, CLINIC_SORTS, { sort: "name" });
  const page = await listClinics(prisma, params);
  return (
    <ListPage
      title="Clinics"
      description={params.q ? `${page.total} matching “${params.q}”` : countOf(page.total, "clinic")}
      create={{ href: `${BASE}/new`, label: "New clinic" }}
      search={{ label: "Search clinics", placeholder: "Search by name" }}
      basePath={BASE}
      params={params}
      page={page}
      rowKey={(c) => c.id}
      empty={params.q ? `No clinics match “${params.q}”.` : "No clinics yet. Create the first one."}
      columns={[
        { header: "Name", sort: "name", cell: (c) => <RowLink href={`${BASE}/${c.id}`}>{c.name}</RowLink> },
        { header: "Address", cellClassName: "max-w-xs truncate text-muted-foreground", cell: (c) => c.address ?? "—" },
        { header: "Time zone", sort: "timeZone", cell: (c) => c.timeZone },
        { header: "Services", cellClassName: "tabular-nums", cell: (c) => c._count.services },
        { header: "Providers", cellClassName: "tabular-nums", cell: (c) => c._count.providers },
        { header: "Status", sort: "active", cell: (c) => <ActiveBadge active={c.active} /> },
      ]}
    />
  );
}
