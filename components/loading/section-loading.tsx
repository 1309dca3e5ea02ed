import { Skeleton } from "@/components/ui/skeleton";
import { CalendarSkeleton, FiltersSkeleton, HeaderSkeleton, LoadingPage, TableSkeleton } from "./page-skeletons";

// Placeholders in a section's shape while its data loads. A route-level loading.tsx starts the response before
// the page has run its access checks, so it is only used where a page never answers 404 / 403 (the reports);
// elsewhere the page checks access first and wraps its data in <Suspense> with one of these.

export function CalendarLoading() {
  return (
    <LoadingPage label="Loading the calendar…">
      <CalendarSkeleton />
    </LoadingPage>
  );
}

export function ReportLoading() {
  return (
    <LoadingPage label="Loading the report…">
      <HeaderSkeleton />
      <FiltersSkeleton controls={4} />
      <Skeleton className="h-56 w-full" />
      <TableSkeleton rows={6} columns={6} />
    </LoadingPage>
  );
}
