"use client";

import { useLinkStatus } from "next/link";
import { Loader2 } from "lucide-react";
import { cn } from "@/lib/utils";

/**
 * Inside a <Link>: its icon, turned into a spinner while the navigation it started is pending — for links that stay
 * on the same page with other search params (the calendar's previous / next), where no loading.tsx shows. The
 * spinner fades in after 150 ms, so a quick navigation does not flicker.
 */
export function LinkPendingIcon({ children, className }: { children: React.ReactNode; className?: string }) {
  const { pending } = useLinkStatus();
  if (!pending) return children;
  return <Loader2 aria-hidden data-pending className={cn("animate-spin opacity-100 transition-opacity delay-150 duration-150 starting:opacity-0", className)} />;
}
