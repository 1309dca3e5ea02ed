import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { expiringList } from "@/lib/reports/expiring";
import { requireUser } from "@/lib/session";
import { PageHeader } from "@/components/shell/page-header";
import { ReportFilters } from "@/components/reports/report-filters";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { TableCell, TableHead } from "@/components/ui/table";
import { ReportTable } from "@/components/reports/report-table";

export const metadata: Metadata = { title: "Expiring packages" };
export const dynamic = "force-dynamic";

const DAY = 86_400_000;

export default async function ExpiringPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/reports/expiring");
  const params = await searchParams;
  const { clinics, clinicId, days, rows, problem, now } = await expiringList(prisma, user, params);
  const zoneOf = (id: string | null) => clinics.find((c) => c.id === id)?.timeZone ?? "UTC";
  const query = new URLSearchParams({ ...(clinicId ? { clinic: clinicId } : {}), days: String(days) }).toString();
  return (
    <>
      <PageHeader
        title="Expiring packages"
        description={`Packages with sessions not yet booked that expire within ${days} day${days === 1 ? "" : "s"}${user.role === "ADMIN" ? "" : ", at your clinics"}. Book now plans the rest of the course.`}
      />
      <ReportFilters clinics={clinics} clinicId={clinicId} csvHref={`/reports/expiring/csv?${query}`} allLabel={user.role === "ADMIN" ? "All clinics" : "All my clinics"}>
        <div className="grid gap-1.5">
          <Label htmlFor="expiring-days">Expiring within (days)</Label>
          <Input id="expiring-days" name="days" type="number" min={1} max={365} defaultValue={days} className="w-32" />
        </div>
      </ReportFilters>
      {problem && (
        <p role="status" className="mb-4 text-sm font-medium text-destructive">
          {problem}
        </p>
      )}
      <ReportTable
        caption={`Packages expiring within ${days} days`}
        columns={["Patient", "Phone", "Package", "Not yet booked", "Expires", "Last visit"]}
        actions
        rows={rows}
        rowKey={(r) => r.purchaseId}
        empty="No package with unbooked sessions expires in this window."
      >
        {(r) => {
          const zone = zoneOf(r.clinicId);
          const left = Math.ceil((r.expiresAt.getTime() - now.getTime()) / DAY);
          return (
            <>
              <TableHead scope="row">
                <Link href={`/patients/${r.patientId}`} className="text-primary underline-offset-4 hover:underline">
                  {r.patientName}
                </Link>
              </TableHead>
              <TableCell className="whitespace-nowrap">{r.phone ? <a href={`tel:${r.phone.replace(/[^+\d]/g, "")}`}>{r.phone}</a> : "—"}</TableCell>
              <TableCell>
                {r.packageName}
                {r.clinicName && <div className="text-xs text-muted-foreground">{r.clinicName}</div>}
              </TableCell>
              <TableCell>
                <ul>
                  {r.remaining.map((x) => (
                    <li key={x.serviceName}>
                      {x.serviceName}: {x.sessions}
                    </li>
                  ))}
                </ul>
              </TableCell>
              <TableCell className="whitespace-nowrap">
                {/* The last usable day is the day before the expiry instant (expiry is the next local midnight). */}
                {formatDate(new Date(r.expiresAt.getTime() - 1), zone)}
                <div className="text-xs text-muted-foreground">{left <= 1 ? "last day" : `in ${left} days`}</div>
              </TableCell>
              <TableCell className="whitespace-nowrap">{r.lastVisit ? formatDate(r.lastVisit, zone) : "—"}</TableCell>
              <TableCell className="no-print text-right">
                <Button asChild size="sm">
                  <Link href={`/patients/${r.patientId}?replan=${r.purchaseId}`} aria-label={`Book now: ${r.patientName}, ${r.packageName}`}>
                    Book now
                  </Link>
                </Button>
              </TableCell>
            </>
          );
        }}
      </ReportTable>
    </>
  );
}
