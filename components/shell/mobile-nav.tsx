"use client";

import { useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Menu } from "lucide-react";
import { NavLinks, type NavItem } from "@/components/shell/nav-links";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";

/**
 * The navigation on narrow screens: a Menu button opening a side panel (a Radix dialog: focus stays inside, Escape
 * closes, focus returns to the button) with the sections, the account and Sign out. Hidden from lg up, where the
 * header shows them inline.
 */
export function MobileNav({ items, user }: { items: NavItem[]; user: { name: string; email: string; admin: boolean } }) {
  const pathname = usePathname();
  // Open on the page it was opened on: going to another page (a link here, Back) closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const setOpen = (open: boolean) => setOpenOn(open ? pathname : null);
  return (
    <Dialog open={openOn === pathname} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="outline" size="sm">
          <Menu aria-hidden />
          Menu
        </Button>
      </DialogTrigger>
      <DialogContent className="left-auto right-0 top-0 h-full max-h-none w-72 max-w-[85vw] translate-x-0 translate-y-0 content-start gap-6 rounded-none border-y-0 border-r-0 sm:max-w-72">
        <div className="grid gap-1 pr-8">
          <DialogTitle>Menu</DialogTitle>
          <DialogDescription className="truncate">
            {user.name} · {user.admin ? "Admin" : "Staff"}
          </DialogDescription>
        </div>
        {/* Another page's link leaves the panel open, its spinner showing, until that page arrives (the path changes);
            a link to the page already shown changes no path: close on the click itself. */}
        <div onClick={(e) => (e.target as HTMLElement).closest("a")?.pathname === pathname && setOpen(false)}>
          <NavLinks items={items} vertical />
        </div>
        <div className="grid justify-items-start gap-2 border-t pt-4 text-sm">
          <span className="max-w-full truncate text-muted-foreground">{user.email}</span>
          <Button asChild variant="link" size="sm" className="h-auto px-0">
            <Link href="/account">Your account</Link>
          </Button>
          <SignOutButton />
        </div>
      </DialogContent>
    </Dialog>
  );
}
