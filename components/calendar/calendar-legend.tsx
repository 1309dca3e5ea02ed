import { Package } from "lucide-react";
import { STATUS_LABELS, type CalendarColumn } from "@/lib/calendar/model";
import { cn } from "@/lib/utils";
import { STATUS_ICONS, tint, validColour } from "./status-icons";

const Swatch = ({ className, style }: { className?: string; style?: React.CSSProperties }) => (
  <span aria-hidden className={cn("inline-block h-3 w-4 shrink-0 rounded-sm border", className)} style={style} />
);

/** What the grid's colours, icons and shading mean: the services on show, then the marks every block can carry. */
export function CalendarLegend({ columns }: { columns: CalendarColumn[] }) {
  const services = new Map<string, string>();
  for (const b of columns.flatMap((c) => c.blocks)) if (!services.has(b.serviceName)) services.set(b.serviceName, validColour(b.serviceColour));
  const item = "flex items-center gap-1.5";
  return (
    <section aria-labelledby="calendar-legend" className="mt-3 rounded-lg border bg-card px-3 py-2 text-xs text-muted-foreground">
      <h2 id="calendar-legend" className="sr-only">
        Legend
      </h2>
      <ul className="flex flex-wrap items-center gap-x-4 gap-y-1.5">
        {[...services].sort(([a], [b]) => a.localeCompare(b)).map(([name, colour]) => (
          <li key={name} className={item}>
            <Swatch style={{ borderColor: tint(colour, 0.35), borderLeft: `3px solid ${colour}`, backgroundColor: tint(colour, 0.12) }} />
            {name}
          </li>
        ))}
        <li className={item}>
          <Package aria-hidden className="size-3.5" /> From a package
        </li>
        {Object.entries(STATUS_ICONS).map(([status, { icon: Icon, className }]) => (
          <li key={status} className={item}>
            <Icon aria-hidden className={cn("size-3.5", className)} /> {STATUS_LABELS[status as keyof typeof STATUS_LABELS]}
          </li>
        ))}
        <li className={item}>
          <Swatch className="border-dashed bg-muted" /> Cancelled or no-show
        </li>
        <li className={item}>
          <Swatch className="bg-muted bg-[repeating-linear-gradient(135deg,transparent_0_3px,rgb(148_163_184/0.35)_3px_6px)]" /> Closed or not working
        </li>
        <li className={item}>
          <span aria-hidden className="relative inline-block h-0.5 w-4 bg-destructive" /> Now
        </li>
        <li className={item}>
          <span aria-hidden className="inline-flex h-3.5 items-center rounded-sm border border-dashed border-primary/50 px-0.5 text-[10px] font-semibold text-primary">+2</span> More than fit side by side
        </li>
      </ul>
    </section>
  );
}
