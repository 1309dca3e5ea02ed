"use client";

import type { ComponentProps, ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { cn } from "@/lib/utils";

/**
 * A full-width outline button (role combobox) that opens a searchable list in a popover at least as wide as itself.
 * `trigger` takes the button's id (so a label names it) and its state; `children` is the list (a Command).
 */
function ComboboxPopover({ open, onOpenChange, label, className, trigger, shows, children }: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The popover's name, e.g. "Time zones". */
  label: string;
  /** For the popover, e.g. its minimum width. */
  className?: string;
  trigger: Omit<ComponentProps<typeof Button>, "children">;
  /** What the button shows: the choice so far and an up-down mark. */
  shows: ReactNode;
  children: ReactNode;
}) {
  return (
    <Popover open={open} onOpenChange={onOpenChange}>
      <PopoverTrigger asChild>
        <Button type="button" variant="outline" role="combobox" aria-expanded={open} {...trigger} className={cn("w-full justify-between font-normal", trigger.className)}>
          {shows}
        </Button>
      </PopoverTrigger>
      <PopoverContent className={cn("w-(--radix-popover-trigger-width) p-0", className)} align="start" aria-label={label}>
        {children}
      </PopoverContent>
    </Popover>
  );
}

export { ComboboxPopover };
