import type { Metadata } from "next";
import Link from "next/link";
import { requireAdmin } from "@/lib/session";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export const metadata: Metadata = { title: "Reports" };
export const dynamic = "force-dynamic";

const REPORTS = [
  { href: "/admin/reports/liability", title: "Package liability", text: "Paid, unused sessions per clinic: opening, sold, redeemed, forfeited, expired, cancelled, closing." },
  { href: "/admin/reports/usage", title: "Package usage", text: "Sessions sold, booked, completed, forfeited and lapsed per month, clinic, package and service." },
  { href: "/admin/reports/utilisation", title: "Provider utilisation", text: "Booked against available hours per provider and week (availability minus closures and time off)." },
  { href: "/admin/reports/at-risk", title: "At-risk courses", text: "Packages whose unbooked sessions no longer fit before expiry, with the planner's reason; sessions sold against free capacity." },
  { href: "/reports/expiring", title: "Expiring soon", text: "Packages with unbooked sessions that expire soon, as a call list with Book now." },
  { href: "/admin/reports/audit", title: "Audit log", text: "Every recorded change and patient-record view, filtered by who, what, record and date." },
];

export default async function ReportsIndexPage() {
  await requireAdmin("/admin/reports");
  return (
    <>
      <PageHeader title="Reports" description="Filter by clinic and period, export CSV, print." />
      <div className="grid gap-3 md:grid-cols-2">
        {REPORTS.map((r) => (
          <Link key={r.href} href={r.href} className="rounded-lg focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring">
            <Card className="h-full transition-colors hover:bg-accent">
              <CardHeader>
                <CardTitle className="text-base">{r.title}</CardTitle>
                <CardDescription>{r.text}</CardDescription>
              </CardHeader>
            </Card>
          </Link>
        ))}
      </div>
    </>
  );
}
