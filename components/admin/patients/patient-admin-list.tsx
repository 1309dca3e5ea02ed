import Link from "next/link";
import { Plus } from "lucide-react";
import { formatCalendarDate } from "@/lib/format";
import { listHref, type ListParams } from "@/lib/lists/list-params";
import type { PatientListRow } from "@/lib/patients/types";
import { PageHeader } from "@/components/shell/page-header";
import { Pagination } from "@/components/shell/pagination";
import { SearchForm } from "@/components/shell/search-form";
import { SortableHead } from "@/components/shell/sortable-head";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

const BASE = "/admin/patients";
const INACTIVE_BASE = "/admin/patients/deactivated";

/**
 * The admin patient list. Active patients (index-backed at 100 000) and deactivated ones are separate lists, so
 * the everyday search never scans the whole table. The page checks the role and loads the list (patientAdminList).
 */
export type PatientAdminListView = {
  params: ListParams<string>;
  rows: PatientListRow[];
  total: number;
  pageCount: number;
  inactive: number;
};

export function PatientAdminList({ view, active }: { view: PatientAdminListView; active: boolean }) {
  const base = active ? BASE : INACTIVE_BASE;
  const { params, rows, total, pageCount, inactive } = view;
  const count = `${total.toLocaleString("en-GB")} ${active ? "" : "deactivated "}patient${total === 1 ? "" : "s"}`;

  return (
    <>
      <PageHeader
        title={active ? "Patients" : "Deactivated patients"}
        description={params.q ? `${count} matching “${params.q}”` : count}
        actions={
          <>
            {active && inactive > 0 && (
              <Button asChild variant="ghost">
                <Link href={INACTIVE_BASE}>Deactivated ({inactive.toLocaleString("en-GB")})</Link>
              </Button>
            )}
            {!active && (
              <Button asChild variant="ghost">
                <Link href={BASE}>Active patients</Link>
              </Button>
            )}
            <Button asChild>
              <Link href={`${BASE}/new`}>
                <Plus aria-hidden />
                New patient
              </Link>
            </Button>
          </>
        }
      />
      <div className="mb-4 max-w-xl">
        <SearchForm action={base} label="Search patients" placeholder="Name, patient number, email or phone" defaultValue={params.q} hidden={{ sort: params.sort, dir: params.dir }} />
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          {params.q ? `No patient matches “${params.q}”. Check the spelling, or search by patient number.` : "No patients here yet."}
        </p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <SortableHead column="name" label="Name" params={params} basePath={base} />
              <SortableHead column="identifier" label="Patient no." params={params} basePath={base} />
              <SortableHead column="dateOfBirth" label="Date of birth" params={params} basePath={base} />
              <TableHead>Contact</TableHead>
              <TableHead>Preferred clinic</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((p) => (
              <TableRow key={p.id}>
                <TableCell>
                  <Link className="font-medium underline-offset-4 hover:underline" href={`${BASE}/${p.id}`}>
                    {p.lastName}, {p.firstName}
                  </Link>
                </TableCell>
                <TableCell className="tabular-nums">{p.identifier}</TableCell>
                <TableCell className="tabular-nums">{formatCalendarDate(p.dateOfBirth)}</TableCell>
                <TableCell>
                  <div className="tabular-nums">{p.phone ?? "—"}</div>
                  {p.email && <div className="text-xs text-muted-foreground">{p.email}</div>}
                </TableCell>
                <TableCell>{p.preferredClinic?.name ?? "—"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Pagination page={params.page} pageCount={pageCount} hrefFor={(page) => listHref(base, params, { page })} />
    </>
  );
}
