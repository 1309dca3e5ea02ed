import { Check } from "lucide-react";
import { cn } from "@/lib/utils";

/** Where staff are in a multi-step dialog; the current step is announced with aria-current. */
export function StepIndicator({ steps, current, className }: { steps: readonly string[]; current: number; className?: string }) {
  return (
    <ol aria-label="Steps" className={cn("flex flex-wrap items-center gap-x-2 gap-y-1 text-xs", className)}>
      {steps.map((label, i) => {
        const done = i < current;
        const active = i === current;
        return (
          <li key={label} aria-current={active ? "step" : undefined} className="flex items-center gap-2">
            <span
              className={cn(
                "flex size-5 items-center justify-center rounded-full border tabular-nums",
                done && "border-primary bg-primary text-primary-foreground",
                active && "border-primary text-primary",
                !done && !active && "text-muted-foreground",
              )}
            >
              {done ? <Check aria-hidden className="size-3" /> : i + 1}
            </span>
            <span className={cn(active ? "font-medium text-foreground" : "text-muted-foreground")}>
              {label}
              {done && <span className="sr-only"> (done)</span>}
            </span>
            {i < steps.length - 1 && <span aria-hidden className="h-px w-6 bg-border" />}
          </li>
        );
      })}
    </ol>
  );
}
