import type { Metadata } from "next";
import { requireAdmin } from "@/lib/session";
import Link from "next/link";
import { prisma } from "@/lib/db";
import { adminOverview } from "@/lib/queries/admin";
import { rememberFor } from "@/lib/cache/remember-for";
import { auditEntries } from "@/lib/queries/reports/audit";
import { auditLabel } from "@/lib/reports/audit-labels";
import { formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/lists/data-table";

export const metadata: Metadata = { title: "Admin" };
export const dynamic = "force-dynamic";

const ADMIN_ZONE = "UTC";
// The tiles count whole tables (at group scale 100 000 patients, a million appointments: tenths of a second of
// database time): counted at most once a minute per server for every admin — group-wide figures, nothing per user.
const OVERVIEW_MAX_AGE_MS = 60_000;
const overview = rememberFor(OVERVIEW_MAX_AGE_MS, () => adminOverview(prisma, new Date()));

export default async function AdminHomePage() {
  await requireAdmin("/admin");
  const now = new Date();
  const [{ counts }, recentAudit] = await Promise.all([
    overview(),
    auditEntries(prisma, { fromAt: new Date(0), toAt: new Date(now.getTime() + 60_000), actorId: null, action: null, entityType: null, entityId: null }, { limit: 10, offset: 0 }),
  ]);
  const tiles = [
    { label: "Clinics", value: counts.clinics },
    { label: "Services", value: counts.services },
    { label: "Providers", value: counts.providers },
    { label: "Package templates", value: counts.packages },
    { label: "Patients", value: counts.patients },
    { label: "Active purchases", value: counts.activePurchases },
    { label: "Upcoming appointments", value: counts.upcoming },
    { label: "Staff accounts", value: counts.staff },
  ];
  return (
    <>
      <PageHeader title="Admin" description="The clinic group at a glance (counts up to a minute old)." />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {tiles.map((t) => (
          <Card key={t.label}>
            <CardHeader className="pb-2">
              <CardDescription>{t.label}</CardDescription>
              <CardTitle className="text-2xl tabular-nums">{t.value.toLocaleString("en-GB")}</CardTitle>
            </CardHeader>
          </Card>
        ))}
      </div>
      <Card className="mt-6">
        <CardHeader>
          <CardTitle className="text-base">Recent activity</CardTitle>
          <CardDescription>
            The latest entries of the audit log (times in UTC).{" "}
            <Link href="/admin/reports/audit" className="text-primary underline underline-offset-4">
              Open the audit log
            </Link>
          </CardDescription>
        </CardHeader>
        <CardContent>
          {recentAudit.length === 0 ? (
            <p className="text-sm text-muted-foreground">Nothing recorded yet.</p>
          ) : (
            <DataTable
              rows={recentAudit}
              rowKey={(e) => e.id}
              columns={[
                { header: "When", cellClassName: "tabular-nums", cell: (e) => formatDateTime(e.at, ADMIN_ZONE) },
                { header: "Who", cell: (e) => e.actorName ?? "System" },
                { header: "What", cell: (e) => auditLabel(e) },
              ]}
            />
          )}
        </CardContent>
      </Card>
    </>
  );
}
