import { cn } from "@/lib/utils";

/** Cadence's mark: three beats of a rhythm. */
export function Logo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={cn("h-7 w-7", className)}>
      <rect width="32" height="32" rx="8" className="fill-primary" />
      <rect x="7" y="14" width="4" height="10" rx="2" className="fill-primary-foreground" />
      <rect x="14" y="10" width="4" height="14" rx="2" className="fill-primary-foreground" />
      <rect x="21" y="6" width="4" height="18" rx="2" className="fill-primary-foreground" />
    </svg>
  );
}
