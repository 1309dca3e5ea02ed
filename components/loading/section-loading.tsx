import { Skeleton } from "@/components/ui/skeleton";
import { CalendarSkeleton, CardSkeleton, FiltersSkeleton, HeaderSkeleton, LoadingPage, TableSkeleton } from "./page-skeletons";

// What each section's loading.tsx shows (app/**/loading.tsx re-export these): the section's layout in placeholders. The
// staff and admin roots also stand in for their pages without a loading.tsx of their own, hence their plain label.

export function TodayLoading() {
  return (
    <LoadingPage label="Loading…">
      <HeaderSkeleton />
      <FiltersSkeleton controls={1} />
      <CardSkeleton table={{ rows: 5, columns: 5 }} />
    </LoadingPage>
  );
}

export function CalendarLoading() {
  return (
    <LoadingPage label="Loading the calendar…">
      <HeaderSkeleton />
      <CalendarSkeleton />
    </LoadingPage>
  );
}

export function PatientsLoading() {
  return (
    <LoadingPage label="Loading patients…">
      <HeaderSkeleton />
      <FiltersSkeleton controls={1} />
      <TableSkeleton rows={10} columns={6} />
    </LoadingPage>
  );
}

export function PatientLoading() {
  return (
    <LoadingPage label="Loading the patient…">
      <HeaderSkeleton />
      <div className="grid gap-6 md:grid-cols-3">
        <CardSkeleton lines={4} />
        <div className="md:col-span-2">
          <CardSkeleton table={{ rows: 3, columns: 4 }} />
        </div>
      </div>
      <CardSkeleton table={{ rows: 5, columns: 5 }} />
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

export function AdminLandingLoading() {
  return (
    <LoadingPage label="Loading…">
      <HeaderSkeleton action={false} />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="space-y-3 rounded-xl border bg-card p-6">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-7 w-16" />
          </div>
        ))}
      </div>
      <CardSkeleton table={{ rows: 6, columns: 3 }} />
    </LoadingPage>
  );
}

export function AdminListLoading() {
  return (
    <LoadingPage label="Loading the list…">
      <HeaderSkeleton />
      <FiltersSkeleton controls={2} />
      <TableSkeleton rows={10} columns={5} />
    </LoadingPage>
  );
}
