"use client";

import * as LabelPrimitive from "@radix-ui/react-label";

import { slotPart } from "@/components/ui/slot-part";

const Label = slotPart(
  LabelPrimitive.Root,
  "label",
  "flex select-none items-center gap-2 text-sm font-medium leading-none text-foreground peer-disabled:cursor-not-allowed peer-disabled:opacity-60 group-data-[disabled=true]:pointer-events-none group-data-[disabled=true]:opacity-60",
);

export { Label };
