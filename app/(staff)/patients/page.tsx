import Link from "next/link";
import type { Metadata } from "next";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { requireUser } from "@/lib/session";
import { searchPatients } from "@/lib/queries/patients/list";
import { formatCalendarDate } from "@/lib/format";
import { PageHeader } from "@/components/shell/page-header";
import { PatientSearchForm } from "@/components/patients/patient-search-form";
import { Pagination } from "@/components/shell/pagination";
import { StreamedList } from "@/components/loading/section-loading";
import { DataTable } from "@/components/lists/data-table";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { UserPlus } from "lucide-react";

export const metadata: Metadata = { title: "Patients" };
export const dynamic = "force-dynamic";

const ZParams = z.object({
  q: z.string().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export default async function PatientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser("/patients");
  const raw = await searchParams;
  const { q, page } = ZParams.parse({ q: typeof raw.q === "string" ? raw.q : "", page: raw.page });
  // Signed in first (a redirect, never a streamed 200); each search or page then shows the skeleton while it loads.
  return (
    <StreamedList search={raw} title="Patients" label="Loading patients…" columns={6}>
      <PatientResults q={q} page={page} />
    </StreamedList>
  );
}

async function PatientResults({ q, page }: { q: string; page: number }) {
  const { rows, total, pageCount } = await searchPatients(prisma, { q, page, now: new Date() });
  return (
    <>
      <PageHeader
        title="Patients"
        description={q ? `${total} patient${total === 1 ? "" : "s"} matching “${q}”` : `${total} patients`}
        actions={
          <Button asChild>
            <Link href="/patients/new">
              <UserPlus aria-hidden />
              New patient
            </Link>
          </Button>
        }
      />
      <div className="mb-4 max-w-xl">
        <PatientSearchForm defaultValue={q} />
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">No patients match “{q}”. Check the spelling, or search by patient number.</p>
      ) : (
        <DataTable
          rows={rows}
          rowKey={(p) => p.id}
          columns={[
            {
              header: "Name",
              cell: (p) => (
                <Link className="font-medium underline-offset-4 hover:underline" href={`/patients/${p.id}`}>
                  {p.lastName}, {p.firstName}
                </Link>
              ),
            },
            { header: "Patient no.", cellClassName: "tabular-nums", cell: (p) => p.identifier },
            { header: "Date of birth", cellClassName: "tabular-nums", cell: (p) => formatCalendarDate(p.dateOfBirth) },
            { header: "Phone", cellClassName: "tabular-nums", cell: (p) => p.phone ?? "—" },
            { header: "Preferred clinic", cell: (p) => p.preferredClinic ?? "—" },
            { header: "Packages", cell: (p) => (p.activePackages > 0 ? <Badge variant="secondary">{p.activePackages} active</Badge> : "—") },
          ]}
        />
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => `/patients?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}`} />
    </>
  );
}
