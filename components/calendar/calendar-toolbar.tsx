import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { DatePicker } from "@/components/ui/date-picker";
import { calendarHref, type CalendarParams } from "@/lib/calendar/href";
import { shiftDate } from "@/lib/calendar/range";
import { cn } from "@/lib/utils";
import { LinkPendingIcon } from "@/components/navigation/link-pending-icon";
import { LinkMenu } from "./link-menu";

type Props = {
  params: CalendarParams;
  /** The clinic's "today", for the Today button. */
  today: string;
  /** "23 – 29 March 2026" or "Monday 30 November 2026" */
  title: string;
  clinics: { id: string; name: string }[];
  providers: { id: string; name: string; title: string | null }[];
  hiddenCancelled: number;
};

/** Where the calendar is and what it shows. Every control is a link or a GET form: no JavaScript needed. */
export function CalendarToolbar({ params, today, title, clinics, providers, hiddenCancelled }: Props) {
  const href = (change: Partial<CalendarParams>) => calendarHref(params, change);
  const unit = params.view === "day" ? "day" : "week";
  const clinicName = clinics.find((c) => c.id === params.clinic)?.name ?? "";
  const providerName = providers.find((p) => p.id === params.provider)?.name ?? "All providers";
  return (
    <div className="mb-4 grid gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <nav aria-label="Dates" className="flex items-center gap-1">
          <Link href={href({ date: shiftDate(params.view, params.date, -1) })} className={buttonVariants({ variant: "outline", size: "icon" })}>
            <LinkPendingIcon>
              <ChevronLeft aria-hidden />
            </LinkPendingIcon>
            <span className="sr-only">Previous {unit}</span>
          </Link>
          <Link href={href({ date: today })} className={buttonVariants({ variant: "outline" })}>
            Today
          </Link>
          <Link href={href({ date: shiftDate(params.view, params.date, 1) })} className={buttonVariants({ variant: "outline", size: "icon" })}>
            <LinkPendingIcon>
              <ChevronRight aria-hidden />
            </LinkPendingIcon>
            <span className="sr-only">Next {unit}</span>
          </Link>
        </nav>
        <h2 className="text-lg font-semibold tracking-tight" aria-live="polite">
          {title}
        </h2>
        <div className="flex items-center gap-2 sm:ml-auto">
          <form action="/calendar" method="get" className="flex items-center gap-1.5">
            <input type="hidden" name="clinic" value={params.clinic} />
            <input type="hidden" name="view" value={params.view} />
            {params.provider && <input type="hidden" name="provider" value={params.provider} />}
            {params.cancelled && <input type="hidden" name="cancelled" value="1" />}
            <label htmlFor="calendar-date" className="sr-only">
              Go to date
            </label>
            <DatePicker id="calendar-date" name="date" defaultValue={params.date} required className="h-9 w-[11.5rem]" />
            <button type="submit" className={buttonVariants({ variant: "outline" })}>
              Go
            </button>
          </form>
          <nav aria-label="View" className="inline-flex rounded-md border border-input bg-card p-0.5 shadow-xs">
            {(["day", "week"] as const).map((v) => (
              <Link
                key={v}
                href={href({ view: v })}
                aria-current={params.view === v ? "page" : undefined}
                className={cn(
                  "rounded-[5px] px-3 py-1.5 text-sm font-medium transition-colors",
                  params.view === v ? "bg-primary text-primary-foreground" : "text-muted-foreground hover:bg-accent hover:text-accent-foreground",
                )}
              >
                {v === "day" ? "Day" : "Week"}
              </Link>
            ))}
          </nav>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {clinics.length > 1 ? (
          <LinkMenu
            label="Clinic"
            value={clinicName}
            items={clinics.map((c) => ({ href: calendarHref({ ...params, clinic: c.id, provider: null }), label: c.name, active: c.id === params.clinic }))}
          />
        ) : (
          <p className="text-sm font-medium">{clinicName}</p>
        )}
        <LinkMenu
          label="Provider"
          value={providerName}
          items={[
            { href: href({ provider: null }), label: "All providers", active: params.provider === null },
            ...providers.map((p) => ({ href: href({ provider: p.id }), label: p.name, hint: p.title, active: p.id === params.provider })),
          ]}
        />
        {(hiddenCancelled > 0 || params.cancelled) && (
          <Link href={href({ cancelled: !params.cancelled })} className={cn(buttonVariants({ variant: "ghost", size: "sm" }), "text-muted-foreground")}>
            {params.cancelled ? "Hide cancelled" : `Show cancelled (${hiddenCancelled})`}
          </Link>
        )}
      </div>
    </div>
  );
}
