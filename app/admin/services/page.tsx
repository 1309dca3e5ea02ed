import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/format";
import { parseListParams } from "@/lib/lists/list-params";
import { listServices, SERVICE_SORTS } from "@/lib/queries/admin/services";
import { countOf, ListPage, RowLink } from "@/components/lists/list-page";
import { adminListRoute, type SearchParams } from "@/app/admin/admin-list-route";
import { ActiveBadge } from "@/components/admin/status-badge";

export const metadata: Metadata = { title: "Services" };
export const dynamic = "force-dynamic";

const BASE = "/admin/services";

export default adminListRoute({ path: BASE, title: "Services", label: "Loading services…", columns: 7, list: servicesList });

async function servicesList(raw: SearchParams) {
  const params = parseListParams(raw, SERVICE_SORTS, { sort: "name" });
  const page = await listServices(prisma, params);
  const currency = env().CADENCE_CURRENCY;
  return (
    <ListPage
      title="Services"
      description={params.q ? `${page.total} matching “${params.q}”` : countOf(page.total, "service")}
      create={{ href: `${BASE}/new`, label: "New service" }}
      search={{ label: "Search services", placeholder: "Search by name" }}
      basePath={BASE}
      params={params}
      page={page}
      rowKey={(s) => s.id}
      empty={params.q ? `No services match “${params.q}”.` : "No services yet. Create the first one."}
      columns={[
        {
          header: "Name",
          sort: "name",
          cell: (s) => (
            <RowLink href={`${BASE}/${s.id}`} className="inline-flex items-center gap-2">
              <span aria-hidden className="size-3 rounded-full" style={{ backgroundColor: s.colour }} />
              {s.name}
            </RowLink>
          ),
        },
        { header: "Duration", sort: "durationMin", cellClassName: "tabular-nums", cell: (s) => `${s.durationMin} min` },
        { header: "Buffer", cellClassName: "tabular-nums", cell: (s) => (s.bufferAfterMin ? `${s.bufferAfterMin} min` : "—") },
        { header: "List price", sort: "priceMinor", className: "text-right", cellClassName: "tabular-nums", cell: (s) => formatMoney(s.priceMinor, currency) },
        { header: "Offered at", cellClassName: "tabular-nums", cell: (s) => countOf(s._count.clinics, "clinic") },
        { header: "Providers", cellClassName: "tabular-nums", cell: (s) => countOf(s._count.providers, "provider") },
        { header: "Status", sort: "active", cell: (s) => <ActiveBadge active={s.active} /> },
      ]}
    />
  );
}
