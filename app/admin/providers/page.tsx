import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { listProviders, PROVIDER_SORTS } from "@/lib/queries/admin/providers";
import { clinicNames } from "@/lib/queries/admin/clinics";
import { countOf, RowLink } from "@/components/lists/list-page";
import { adminTableRoute } from "@/app/admin/admin-list-route";
import { ActiveBadge } from "@/components/admin/status-badge";
import { ClinicFilter } from "@/components/admin/providers/clinic-filter";

export const metadata: Metadata = { title: "Providers" };
export const dynamic = "force-dynamic";

const BASE = "/admin/providers";

export default adminTableRoute({
  path: BASE,
  title: "Providers",
  columns: 5,
  sorts: PROVIDER_SORTS,
  load: async (params, raw) => {
    const clinics = await clinicNames(prisma);
    const clinicId = typeof raw.clinic === "string" && clinics.some((c) => c.id === raw.clinic) ? raw.clinic : null;
    return { ...(await listProviders(prisma, params, clinicId)), clinics, clinicId };
  },
  view: (params, { total, clinics, clinicId }) => ({
    description: `${countOf(total, "provider")}${params.q ? ` matching “${params.q}”` : ""}`,
    create: "New provider",
    search: { label: "Search providers", placeholder: "Search by name or title" },
    filters: <ClinicFilter clinics={clinics} value={clinicId} q={params.q} sort={params.sort} dir={params.dir} />,
    keep: clinicId ? { clinic: clinicId } : undefined,
    empty: `No providers match. ${params.q || clinicId ? "Try another search or clinic." : "Create the first one."}`,
    columns: [
      { header: "Name", sort: "name", cell: (p) => <RowLink href={`${BASE}/${p.id}`}>{p.name}</RowLink> },
      { header: "Title", sort: "title", cell: (p) => p.title ?? "—" },
      { header: "Works at", cell: (p) => p.clinics.map((c) => c.clinic.name).join(", ") || "—" },
      { header: "Services", cellClassName: "tabular-nums", cell: (p) => p._count.services },
      { header: "Status", sort: "active", cell: (p) => <ActiveBadge active={p.active} /> },
    ],
  }),
});
