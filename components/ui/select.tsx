"use client";

import * as React from "react";
import * as SelectPrimitive from "@radix-ui/react-select";
import { CheckIcon, ChevronDownIcon, ChevronUpIcon } from "lucide-react";

import { cn } from "@/lib/utils";
import { slotPart } from "@/components/ui/slot-part";

const Select = slotPart(SelectPrimitive.Root, "select");
const SelectGroup = slotPart(SelectPrimitive.Group, "select-group");
const SelectValue = slotPart(SelectPrimitive.Value, "select-value");

const SelectTriggerBox = slotPart(
  SelectPrimitive.Trigger,
  "select-trigger",
  "flex w-fit min-w-0 items-center justify-between gap-2 whitespace-nowrap rounded-md border border-input bg-card px-3 py-2 text-sm text-foreground shadow-xs transition-colors focus-visible:border-ring focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring/40 disabled:cursor-not-allowed disabled:opacity-60 aria-invalid:border-destructive data-[placeholder]:text-muted-foreground data-[size=default]:h-9 data-[size=sm]:h-8 *:data-[slot=select-value]:line-clamp-1 *:data-[slot=select-value]:min-w-0 *:data-[slot=select-value]:flex *:data-[slot=select-value]:items-center *:data-[slot=select-value]:gap-2 [&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4",
);

function SelectTrigger({
  size = "default",
  children,
  ...props
}: React.ComponentProps<typeof SelectPrimitive.Trigger> & { size?: "sm" | "default" }) {
  return (
    <SelectTriggerBox data-size={size} {...props}>
      {children}
      <SelectPrimitive.Icon asChild>
        <ChevronDownIcon aria-hidden="true" className="size-4 text-muted-foreground" />
      </SelectPrimitive.Icon>
    </SelectTriggerBox>
  );
}

const SelectContentBox = slotPart(
  SelectPrimitive.Content,
  "select-content",
  "relative z-50 max-h-(--radix-select-content-available-height) min-w-[8rem] origin-(--radix-select-content-transform-origin) overflow-y-auto overflow-x-hidden rounded-md border bg-popover text-popover-foreground shadow-md data-[state=open]:animate-fade-in",
);

function SelectContent({
  className,
  children,
  position = "popper",
  ...props
}: React.ComponentProps<typeof SelectPrimitive.Content>) {
  return (
    <SelectPrimitive.Portal>
      <SelectContentBox
        className={cn(
          position === "popper" &&
            "data-[side=bottom]:translate-y-1 data-[side=left]:-translate-x-1 data-[side=right]:translate-x-1 data-[side=top]:-translate-y-1",
          className,
        )}
        position={position}
        {...props}
      >
        <SelectScrollUpButton />
        <SelectPrimitive.Viewport
          className={cn(
            "p-1",
            position === "popper" &&
              "h-(--radix-select-trigger-height) w-full min-w-(--radix-select-trigger-width) scroll-my-1",
          )}
        >
          {children}
        </SelectPrimitive.Viewport>
        <SelectScrollDownButton />
      </SelectContentBox>
    </SelectPrimitive.Portal>
  );
}

const SelectLabel = slotPart(
  SelectPrimitive.Label,
  "select-label",
  "px-2 py-1.5 text-xs font-medium text-muted-foreground",
);

const SelectItemBox = slotPart(
  SelectPrimitive.Item,
  "select-item",
  "relative flex w-full cursor-default select-none items-center gap-2 rounded-sm py-1.5 pl-2 pr-8 text-sm outline-hidden focus:bg-accent focus:text-accent-foreground data-[disabled]:pointer-events-none data-[disabled]:opacity-50 [&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4",
);

function SelectItem({ children, ...props }: React.ComponentProps<typeof SelectPrimitive.Item>) {
  return (
    <SelectItemBox {...props}>
      <span className="absolute right-2 flex size-3.5 items-center justify-center">
        <SelectPrimitive.ItemIndicator>
          <CheckIcon aria-hidden="true" className="size-4" />
        </SelectPrimitive.ItemIndicator>
      </span>
      <SelectPrimitive.ItemText>{children}</SelectPrimitive.ItemText>
    </SelectItemBox>
  );
}

const SelectSeparator = slotPart(
  SelectPrimitive.Separator,
  "select-separator",
  "pointer-events-none -mx-1 my-1 h-px bg-border",
);

function scrollButton(
  Button: typeof SelectPrimitive.ScrollUpButton | typeof SelectPrimitive.ScrollDownButton,
  slot: string,
  Icon: typeof ChevronUpIcon,
) {
  const Box = slotPart(Button, slot, "flex cursor-default items-center justify-center py-1");
  function ScrollButton(props: React.ComponentProps<typeof SelectPrimitive.ScrollUpButton>) {
    return (
      <Box {...props}>
        <Icon aria-hidden="true" className="size-4" />
      </Box>
    );
  }
  return ScrollButton;
}

const SelectScrollUpButton = scrollButton(SelectPrimitive.ScrollUpButton, "select-scroll-up-button", ChevronUpIcon);
const SelectScrollDownButton = scrollButton(
  SelectPrimitive.ScrollDownButton,
  "select-scroll-down-button",
  ChevronDownIcon,
);

export {
  Select,
  SelectContent,
  SelectGroup,
  SelectItem,
  SelectLabel,
  SelectScrollDownButton,
  SelectScrollUpButton,
  SelectSeparator,
  SelectTrigger,
  SelectValue,
};
