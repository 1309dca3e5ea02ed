"use client";

import * as React from "react";
import { Command as CommandPrimitive, useCommandState } from "cmdk";
import { SearchIcon } from "lucide-react";

import { slotPart } from "@/components/ui/slot-part";

const Command = slotPart(
  CommandPrimitive,
  "command",
  "flex h-full w-full flex-col overflow-hidden rounded-md bg-popover text-popover-foreground",
);

const CommandInputField = slotPart(
  CommandPrimitive.Input,
  "command-input",
  "flex h-10 w-full rounded-md bg-transparent py-3 text-sm outline-hidden placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:opacity-50",
);

// The search box has no border of its own: its row shows the focus ring (inset, so the list's rounded box clips it).
function CommandInput(props: React.ComponentProps<typeof CommandPrimitive.Input>) {
  return (
    <div
      data-slot="command-input-wrapper"
      className="flex h-10 items-center gap-2 border-b px-3 focus-within:ring-2 focus-within:ring-inset focus-within:ring-ring"
    >
      <SearchIcon aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
      <CommandInputField {...props} />
    </div>
  );
}

const CommandList = slotPart(
  CommandPrimitive.List,
  "command-list",
  "max-h-[300px] scroll-py-1 overflow-y-auto overflow-x-hidden",
);
const CommandEmpty = slotPart(CommandPrimitive.Empty, "command-empty", "py-6 text-center text-sm text-muted-foreground");
const CommandGroup = slotPart(
  CommandPrimitive.Group,
  "command-group",
  "overflow-hidden p-1 text-foreground [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1.5 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-muted-foreground",
);

// Not cmdk's Separator: its role="separator" is not an allowed child of role="listbox" (axe
// aria-required-children). Same behaviour: hidden while a search is typed unless alwaysRender.
const SeparatorLine = slotPart("div", "command-separator", "-mx-1 h-px bg-border");
function CommandSeparator({ alwaysRender = false, ...props }: React.ComponentProps<"div"> & { alwaysRender?: boolean }) {
  const searching = useCommandState((state) => state.search !== "");
  if (searching && !alwaysRender) return null;
  return <SeparatorLine cmdk-separator="" aria-hidden="true" {...props} />;
}

const CommandItem = slotPart(
  CommandPrimitive.Item,
  "command-item",
  "relative flex cursor-default select-none items-center gap-2 rounded-sm px-2 py-1.5 text-sm outline-hidden data-[disabled=true]:pointer-events-none data-[selected=true]:bg-accent data-[selected=true]:text-accent-foreground data-[disabled=true]:opacity-50 [&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4",
);
const CommandShortcut = slotPart("span", "command-shortcut", "ml-auto text-xs tracking-widest text-muted-foreground");

export {
  Command,
  CommandInput,
  CommandList,
  CommandEmpty,
  CommandGroup,
  CommandItem,
  CommandShortcut,
  CommandSeparator,
};
