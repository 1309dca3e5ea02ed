import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { CLINIC_SORTS, listClinics } from "@/lib/queries/admin/clinics";
import { countOf, RowLink } from "@/components/lists/list-page";
import { adminTableRoute } from "@/app/admin/admin-list-route";
import { ActiveBadge } from "@/components/admin/status-badge";

export const metadata: Metadata = { title: "Clinics" };
export const dynamic = "force-dynamic";

const BASE = "/admin/clinics";

export default adminTableRoute({
  path: BASE,
  title: "Clinics",
  columns: 6,
  sorts: CLINIC_SORTS,
  load: (params) => listClinics(prisma, params),
  view: (params, page) => ({
    description: params.q ? `${page.total} matching “${params.q}”` : countOf(page.total, "clinic"),
    create: "New clinic",
    search: { label: "Search clinics", placeholder: "Search by name" },
    empty: params.q ? `No clinics match “${params.q}”.` : "No clinics yet. Create the first one.",
    columns: [
      { header: "Name", sort: "name", cell: (c) => <RowLink href={`${BASE}/${c.id}`}>{c.name}</RowLink> },
      { header: "Address", cellClassName: "max-w-xs truncate text-muted-foreground", cell: (c) => c.address ?? "—" },
      { header: "Time zone", sort: "timeZone", cell: (c) => c.timeZone },
      { header: "Services", cellClassName: "tabular-nums", cell: (c) => c._count.services },
      { header: "Providers", cellClassName: "tabular-nums", cell: (c) => c._count.providers },
      { header: "Status", sort: "active", cell: (c) => <ActiveBadge active={c.active} /> },
    ],
  }),
});
