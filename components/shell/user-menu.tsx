"use client";

import Link from "next/link";
import { ChevronDown } from "lucide-react";
import { SignOutEverywhereButton } from "@/components/account/sign-out-everywhere-button";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";

/** The signed-in user's name, opening their account page and "Sign out everywhere". */
export function UserMenu({ name, email }: { name: string; email: string }) {
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Account menu for ${name}`} className="gap-1 text-muted-foreground">
          <span className="hidden max-w-40 truncate sm:inline">{name}</span>
          <ChevronDown className="h-4 w-4" aria-hidden />
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="w-64 space-y-3" aria-label="Your account">
        <div className="text-sm">
          <div className="font-medium">{name}</div>
          <div className="truncate text-muted-foreground">{email}</div>
        </div>
        <div className="flex flex-col items-start gap-1">
          <Button asChild variant="link" size="sm" className="h-auto px-0">
            <Link href="/account">Change password</Link>
          </Button>
          <SignOutEverywhereButton variant="outline" />
        </div>
      </PopoverContent>
    </Popover>
  );
}
