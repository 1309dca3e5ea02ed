"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";
import { LinkPendingMark } from "@/components/navigation/link-pending-mark";

/** `exact`: active only on this very path (for section roots whose children have their own links). */
export type NavItem = { href: string; label: string; exact?: boolean };

/** `vertical`: one link a line (the phone menu); `className` places the bar (e.g. hidden on small screens). */
export function NavLinks({ items, label = "Main", vertical = false, className }: { items: NavItem[]; label?: string; vertical?: boolean; className?: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className={cn(vertical ? "grid gap-1" : "flex flex-wrap items-center gap-1", className)}>
      {items.map((item) => {
        const active = item.exact || item.href === "/" ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "relative rounded-md px-3 py-2 text-sm font-medium transition-colors hover:bg-accent hover:text-accent-foreground",
              active ? "bg-accent text-accent-foreground" : "text-muted-foreground",
            )}
          >
            {item.label}
            {/* In the link's right padding: the bar does not shift while a section loads. */}
            <LinkPendingMark className="absolute right-0 top-1/2 size-3 -translate-y-1/2" />
          </Link>
        );
      })}
    </nav>
  );
}
