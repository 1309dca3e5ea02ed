import Link from "next/link";
import { Button } from "@/components/ui/button";
import { DatePicker } from "@/components/ui/date-picker";
import { FilterField, FilterSelect } from "@/components/reports/filter-field";
import { PrintButton } from "@/components/reports/print-button";

export type ClinicOption = { id: string; name: string };

/**
 * The filters every report shares, as a plain GET form (works without JavaScript; the URL is the report's state),
 * with the CSV download of exactly what is shown and a print view. Hidden when printing.
 */
export function ReportFilters({
  clinics,
  clinicId,
  from,
  to,
  csvHref,
  allLabel = "All clinics",
  showClinic = true,
  allowAll = true,
  children,
}: {
  clinics: readonly ClinicOption[];
  clinicId: string | null;
  /** Omitted for reports that are not about a period (the expiring list). */
  from?: string;
  to?: string;
  csvHref: string;
  allLabel?: string;
  showClinic?: boolean;
  /** False for reports that are computed one clinic at a time (no "All clinics" choice). */
  allowAll?: boolean;
  children?: React.ReactNode;
}) {
  return (
    <form method="get" className="no-print mb-6 flex flex-wrap items-end gap-3 rounded-lg border bg-card p-4" aria-label="Report filters">
      {showClinic && (
        <FilterSelect
          id="report-clinic"
          name="clinic"
          label="Clinic"
          defaultValue={clinicId}
          anyLabel={allowAll ? allLabel : undefined}
          options={clinics.map((c) => ({ value: c.id, label: c.name }))}
        />
      )}
      {from !== undefined && to !== undefined && (
        <>
          <FilterField id="report-from" label="From">
            <DatePicker id="report-from" name="from" defaultValue={from} required className="w-44" />
          </FilterField>
          <FilterField id="report-to" label="To (inclusive)">
            <DatePicker id="report-to" name="to" defaultValue={to} required className="w-44" />
          </FilterField>
        </>
      )}
      {children}
      <Button type="submit">Apply</Button>
      <div className="ml-auto flex gap-2">
        <Button asChild variant="outline">
          <Link href={csvHref} prefetch={false}>
            Export CSV
          </Link>
        </Button>
        <PrintButton />
      </div>
    </form>
  );
}
