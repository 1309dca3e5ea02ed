"use client";

import * as React from "react";
import * as PopoverPrimitive from "@radix-ui/react-popover";

import { cn } from "@/lib/utils";
import { slotPart } from "@/components/ui/slot-part";

const Popover = slotPart(PopoverPrimitive.Root, "popover");
const PopoverTrigger = slotPart(PopoverPrimitive.Trigger, "popover-trigger");
const PopoverAnchor = slotPart(PopoverPrimitive.Anchor, "popover-anchor");

function PopoverContent({
  className,
  align = "center",
  sideOffset = 4,
  ...props
}: React.ComponentProps<typeof PopoverPrimitive.Content>) {
  return (
    <PopoverPrimitive.Portal>
      <PopoverPrimitive.Content
        data-slot="popover-content"
        align={align}
        sideOffset={sideOffset}
        className={cn(
          "z-50 w-72 origin-(--radix-popover-content-transform-origin) rounded-md border bg-popover p-4 text-popover-foreground shadow-md outline-hidden data-[state=open]:animate-fade-in",
          className,
        )}
        {...props}
      />
    </PopoverPrimitive.Portal>
  );
}

const PopoverHeader = slotPart("div", "popover-header", "flex flex-col gap-1 text-sm");
// Radix links a PopoverTitle to the content's aria-labelledby; without one, give PopoverContent an aria-label.
const PopoverTitle = slotPart(PopoverPrimitive.Title, "popover-title", "font-medium");
const PopoverDescription = slotPart(PopoverPrimitive.Description, "popover-description", "text-muted-foreground");

export { Popover, PopoverTrigger, PopoverContent, PopoverAnchor, PopoverHeader, PopoverTitle, PopoverDescription };
