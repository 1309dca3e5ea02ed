import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { parseListParams } from "@/lib/lists/list-params";
import { listProviders, PROVIDER_SORTS } from "@/lib/queries/admin/providers";
import { clinicNames } from "@/lib/queries/admin/clinics";
import { countOf, ListPage, RowLink } from "@/components/lists/list-page";
import { adminListRoute, type SearchParams } from "@/app/admin/admin-list-route";
import { ActiveBadge } from "@/components/admin/status-badge";
import { ClinicFilter } from "@/components/admin/providers/clinic-filter";

export const metadata: Metadata = { title: "Providers" };
export const dynamic = "force-dynamic";

const BASE = "/admin/providers";

export default adminListRoute({ path: BASE, title: "Providers", label: "Loading providers…", columns: 5, list: providersList });

async function providersList(raw: SearchParams) {
  const params = parseListParams(raw, PROVIDER_SORTS, { sort: "name" });
  const clinics = await clinicNames(prisma);
  const clinicId = typeof raw.clinic === "string" && clinics.some((c) => c.id === raw.clinic) ? raw.clinic : null;
  const page = await listProviders(prisma, params, clinicId);
  return (
    <ListPage
      title="Providers"
      description={`${countOf(page.total, "provider")}${params.q ? ` matching “${params.q}”` : ""}`}
      create={{ href: `${BASE}/new`, label: "New provider" }}
      search={{ label: "Search providers", placeholder: "Search by name or title" }}
      filters={<ClinicFilter clinics={clinics} value={clinicId} q={params.q} sort={params.sort} dir={params.dir} />}
      basePath={BASE}
      params={params}
      keep={clinicId ? { clinic: clinicId } : undefined}
      page={page}
      rowKey={(p) => p.id}
      empty={`No providers match. ${params.q || clinicId ? "Try another search or clinic." : "Create the first one."}`}
      columns={[
        { header: "Name", sort: "name", cell: (p) => <RowLink href={`${BASE}/${p.id}`}>{p.name}</RowLink> },
        { header: "Title", sort: "title", cell: (p) => p.title ?? "—" },
        { header: "Works at", cell: (p) => p.clinics.map((c) => c.clinic.name).join(", ") || "—" },
        { header: "Services", cellClassName: "tabular-nums", cell: (p) => p._count.services },
        { header: "Status", sort: "active", cell: (p) => <ActiveBadge active={p.active} /> },
      ]}
    />
  );
}
