"use client";

import { useLinkStatus } from "next/link";
import { Loader2 } from "lucide-react";
import { cn } from "@/lib/utils";

/**
 * Inside a <Link>: a small spinner while the navigation it started is pending (the main navigation, Previous /
 * Next, a list's status filters), so a slow server is never a silent click. It fades in after 150 ms, so a quick
 * navigation does not flicker. `className` places it (e.g. absolutely, so the link does not grow).
 */
export function LinkPendingMark({ className }: { className?: string }) {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <Loader2
      aria-hidden
      data-pending
      className={cn("size-3.5 shrink-0 animate-spin opacity-100 transition-opacity delay-150 duration-150 starting:opacity-0", className)}
    />
  );
}
