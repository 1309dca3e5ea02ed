import { Suspense, type ReactNode } from "react";
import { searchKey } from "@/lib/lists/list-params";
import { Skeleton } from "@/components/ui/skeleton";
import { PageHeader } from "@/components/shell/page-header";
import { CalendarSkeleton, FiltersSkeleton, HeaderSkeleton, LoadingPage, PatientSkeleton, TableSkeleton } from "./page-skeletons";

// Placeholders in a section's shape while its data loads. A route-level loading.tsx starts the response before
// the page has run its access checks, so it is only used where a page never answers 404 / 403 (the reports);
// elsewhere the page checks access first and wraps its data in <Suspense> with one of these.

/** A section's placeholder: `skeleton` in a status region that says `label` to screen readers. */
function sectionLoading(name: string, label: string, skeleton: ReactNode) {
  function SectionLoading() {
    return <LoadingPage label={label}>{skeleton}</LoadingPage>;
  }
  SectionLoading.displayName = name;
  return SectionLoading;
}

export const CalendarLoading = sectionLoading("CalendarLoading", "Loading the calendar…", <CalendarSkeleton />);

export const ReportLoading = sectionLoading(
  "ReportLoading",
  "Loading the report…",
  <>
    <HeaderSkeleton />
    <FiltersSkeleton controls={4} />
    <Skeleton className="h-56 w-full" />
    <TableSkeleton rows={6} columns={6} />
  </>,
);

/**
 * A list page (the patients, an admin list) while a page of rows loads: its real title stays, so paging or
 * sorting only greys the count, the search and the table.
 */
export function ListLoading({ title, label, columns }: { title: string; label: string; columns: number }) {
  return (
    <>
      <PageHeader
        title={title}
        description={<span aria-hidden className="inline-block h-4 w-40 animate-pulse rounded-md bg-secondary align-middle" />}
        actions={<Skeleton aria-hidden className="h-9 w-36" />}
      />
      <LoadingPage label={label}>
        <Skeleton className="h-9 w-full max-w-md" />
        <TableSkeleton rows={10} columns={columns} />
      </LoadingPage>
    </>
  );
}

/** A patient's page below the title, which is shown at once. */
export const PatientLoading = sectionLoading("PatientLoading", "Loading the patient…", <PatientSkeleton />);

/** The admin outbox's table, below its status filters. */
export const MessagesLoading = sectionLoading("MessagesLoading", "Loading the messages…", <TableSkeleton rows={10} columns={5} />);

/**
 * A list's data streamed in behind its skeleton. Keyed by the URL's search params, so paging, sorting and searching
 * show the skeleton again (a boundary that keeps its key would keep the old list on screen, silently).
 */
export function StreamedList({
  search,
  title,
  label,
  columns,
  children,
}: {
  search: Record<string, string | string[] | undefined>;
  title: string;
  label: string;
  columns: number;
  children: React.ReactNode;
}) {
  return (
    <Suspense key={searchKey(search)} fallback={<ListLoading title={title} label={label} columns={columns} />}>
      {children}
    </Suspense>
  );
}
