import Link from "next/link";
import { formatCalendarDate } from "@/lib/format";
import type { ListParams } from "@/lib/lists/list-params";
import type { PatientListRow } from "@/lib/patients/types";
import { countOf, ListPage, RowLink } from "@/components/lists/list-page";
import { buttonVariants } from "@/components/ui/button";

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
  const { params, total, inactive } = view;
  const count = countOf(total, active ? "patient" : "deactivated patient");
  const ghost = buttonVariants({ variant: "ghost" });
  return (
    <ListPage
      title={active ? "Patients" : "Deactivated patients"}
      description={params.q ? `${count} matching “${params.q}”` : count}
      create={{ href: `${BASE}/new`, label: "New patient" }}
      actions={
        active ? (
          inactive > 0 && (
            <Link href={INACTIVE_BASE} className={ghost}>
              Deactivated ({inactive.toLocaleString("en-GB")})
            </Link>
          )
        ) : (
          <Link href={BASE} className={ghost}>
            Active patients
          </Link>
        )
      }
      search={{ label: "Search patients", placeholder: "Name, patient number, email or phone", wide: true }}
      basePath={active ? BASE : INACTIVE_BASE}
      params={params}
      page={view}
      rowKey={(p) => p.id}
      empty={params.q ? `No patient matches “${params.q}”. Check the spelling, or search by patient number.` : "No patients here yet."}
      columns={[
        {
          header: "Name",
          sort: "name",
          cell: (p) => (
            <RowLink href={`${BASE}/${p.id}`}>
              {p.lastName}, {p.firstName}
            </RowLink>
          ),
        },
        { header: "Patient no.", sort: "identifier", cellClassName: "tabular-nums", cell: (p) => p.identifier },
        { header: "Date of birth", sort: "dateOfBirth", cellClassName: "tabular-nums", cell: (p) => formatCalendarDate(p.dateOfBirth) },
        {
          header: "Contact",
          cell: (p) => (
            <>
              <div className="tabular-nums">{p.phone ?? "—"}</div>
              {p.email && <div className="text-xs text-muted-foreground">{p.email}</div>}
            </>
          ),
        },
        { header: "Preferred clinic", cell: (p) => p.preferredClinic?.name ?? "—" },
      ]}
    />
  );
}
