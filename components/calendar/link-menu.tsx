"use client";

import { useEffect, useRef } from "react";
import Link from "next/link";
import { Check, ChevronDown } from "lucide-react";
import { cn } from "@/lib/utils";

export type LinkMenuItem = { href: string; label: string; hint?: string | null; active: boolean };

/**
 * A select-like choice made of links (clinic, provider): a <details> disclosure, so it opens and navigates without
 * JavaScript; with it, Escape and a click elsewhere close it.
 */
export function LinkMenu({ label, value, items, className }: { label: string; value: string; items: LinkMenuItem[]; className?: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const close = (e: Event) => {
      if (!details.open) return;
      if (e instanceof KeyboardEvent) {
        if (e.key !== "Escape") return;
        details.open = false;
        details.querySelector("summary")?.focus();
      } else if (!details.contains(e.target as Node)) {
        details.open = false;
      }
    };
    document.addEventListener("pointerdown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      document.removeEventListener("keydown", close);
    };
  }, []);

  return (
    <details ref={ref} className={cn("group relative", className)}>
      <summary
        className="flex h-9 cursor-pointer list-none items-center gap-2 rounded-md border border-input bg-card px-3 text-sm shadow-xs transition-colors hover:bg-accent focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring [&::-webkit-details-marker]:hidden"
      >
        <span className="text-muted-foreground">{label}:</span>
        <span className="max-w-[16rem] truncate font-medium">{value}</span>
        <ChevronDown aria-hidden className="ml-auto size-4 text-muted-foreground transition-transform group-open:rotate-180" />
      </summary>
      <ul
        aria-label={label}
        className="absolute left-0 z-40 mt-1 max-h-80 min-w-full overflow-y-auto rounded-md border bg-popover p-1 text-sm shadow-md"
      >
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.active ? "true" : undefined}
              onClick={() => ref.current?.removeAttribute("open")}
              className={cn(
                "flex items-center gap-2 whitespace-nowrap rounded-sm px-2 py-1.5 hover:bg-accent hover:text-accent-foreground focus-visible:bg-accent focus-visible:outline-hidden",
                item.active && "font-medium",
              )}
            >
              <Check aria-hidden className={cn("size-4 shrink-0", !item.active && "invisible")} />
              <span>{item.label}</span>
              {item.hint && <span className="text-muted-foreground">{item.hint}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
