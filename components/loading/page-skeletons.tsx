import { Skeleton } from "@/components/ui/skeleton";

// Placeholders shown by the routes' loading.tsx while a page's data loads: the page's shape in grey, so the click
// is answered at once and nothing jumps when the page arrives. One status region per page tells screen readers.

/** The frame of every placeholder: announced once ("Loading the calendar…"), hidden shapes inside. */
export function LoadingPage({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="status" aria-live="polite" data-testid="page-loading">
      <span className="sr-only">{label}</span>
      <div aria-hidden className="space-y-6">
        {children}
      </div>
    </div>
  );
}

/** A page title, its description and (optionally) a button on the right, as PageHeader lays them out. */
export function HeaderSkeleton({ action = true }: { action?: boolean }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="space-y-2">
        <Skeleton className="h-7 w-44" />
        <Skeleton className="h-4 w-72 max-w-[70vw]" />
      </div>
      {action && <Skeleton className="h-9 w-40" />}
    </div>
  );
}

/** A table: a header row and `rows` rows of `columns` cells. */
export function TableSkeleton({ rows = 8, columns = 5 }: { rows?: number; columns?: number }) {
  const widths = ["w-3/4", "w-1/2", "w-2/3", "w-1/3", "w-5/6", "w-2/5"];
  return (
    <div className="overflow-hidden rounded-lg border bg-card">
      <div className="flex gap-4 border-b px-4 py-3">
        {Array.from({ length: columns }, (_, c) => (
          <Skeleton key={c} className="h-4 flex-1 bg-secondary/70" />
        ))}
      </div>
      {Array.from({ length: rows }, (_, r) => (
        <div key={r} className="flex gap-4 border-b px-4 py-3.5 last:border-b-0">
          {Array.from({ length: columns }, (_, c) => (
            <div key={c} className="flex-1">
              <Skeleton className={`h-4 ${widths[(r + c) % widths.length]}`} />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

/** A row of filter controls (search box, selects, a button). */
export function FiltersSkeleton({ controls = 3 }: { controls?: number }) {
  return (
    <div className="flex flex-wrap gap-3">
      {Array.from({ length: controls }, (_, i) => (
        <Skeleton key={i} className={`h-9 ${i === 0 ? "w-72 max-w-full" : "w-36"}`} />
      ))}
    </div>
  );
}

/** The calendar: its toolbar and a grid of seven day columns with a few blocks each. */
export function CalendarSkeleton() {
  const blocks = [
    [1, 3],
    [0, 2, 5],
    [2, 4],
    [1, 5],
    [0, 3],
    [4],
    [],
  ];
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <Skeleton className="size-9" />
        <Skeleton className="h-9 w-16" />
        <Skeleton className="size-9" />
        <Skeleton className="h-6 w-52" />
        <Skeleton className="h-9 w-48 sm:ml-auto" />
      </div>
      <div className="overflow-hidden rounded-lg border bg-card">
        <div className="grid grid-cols-[3rem_repeat(7,minmax(0,1fr))] border-b">
          <div />
          {blocks.map((_, d) => (
            <div key={d} className="border-l px-2 py-2">
              <Skeleton className="h-4 w-16 max-w-full" />
            </div>
          ))}
        </div>
        <div className="grid h-[28rem] grid-cols-[3rem_repeat(7,minmax(0,1fr))]">
          <div className="space-y-[3.1rem] px-1 pt-2">
            {Array.from({ length: 8 }, (_, h) => (
              <Skeleton key={h} className="h-3 w-8" />
            ))}
          </div>
          {blocks.map((slots, d) => (
            <div key={d} className="relative border-l">
              {slots.map((s) => (
                <Skeleton key={s} className="absolute inset-x-1 h-12" style={{ top: `${s * 4 + 0.5}rem` }} />
              ))}
            </div>
          ))}
        </div>
      </div>
    </>
  );
}

/** A patient's page below its title: the details card beside the packages, then the appointment tables. */
export function PatientSkeleton() {
  return (
    <>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-4 self-start rounded-xl border bg-card p-6">
          <Skeleton className="h-5 w-20" />
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="flex gap-4">
              <Skeleton className="h-4 w-24" />
              <Skeleton className="h-4 flex-1" />
            </div>
          ))}
        </div>
        <div className="space-y-3 lg:col-span-2">
          <Skeleton className="h-6 w-28" />
          <Skeleton className="h-44 w-full rounded-xl" />
          <Skeleton className="h-44 w-full rounded-xl" />
        </div>
      </div>
      {["w-56", "w-48"].map((width) => (
        <div key={width} className="space-y-3 pt-2">
          <Skeleton className={`h-6 ${width}`} />
          <TableSkeleton rows={3} columns={5} />
        </div>
      ))}
    </>
  );
}
