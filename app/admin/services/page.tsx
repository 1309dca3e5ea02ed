import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/format";
import { listServices, SERVICE_SORTS } from "@/lib/queries/admin/services";
import { countOf, RowLink } from "@/components/lists/list-page";
import { adminTableRoute } from "@/app/admin/admin-list-route";
import { ActiveBadge } from "@/components/admin/status-badge";

export const metadata: Metadata = { title: "Services" };
export const dynamic = "force-dynamic";

const BASE = "/admin/services";

export default adminTableRoute({
  path: BASE,
  title: "Services",
  columns: 7,
  sorts: SERVICE_SORTS,
  load: (params) => listServices(prisma, params),
  view: (params, page) => {
    const currency = env().CADENCE_CURRENCY;
    return {
      description: params.q ? `${page.total} matching “${params.q}”` : countOf(page.total, "service"),
      create: "New service",
      search: { label: "Search services", placeholder: "Search by name" },
      empty: params.q ? `No services match “${params.q}”.` : "No services yet. Create the first one.",
      columns: [
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
      ],
    };
  },
});
