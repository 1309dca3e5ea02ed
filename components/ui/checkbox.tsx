"use client";

import * as React from "react";
import * as CheckboxPrimitive from "@radix-ui/react-checkbox";
import { CheckIcon } from "lucide-react";

import { slotPart } from "@/components/ui/slot-part";

const CheckboxRoot = slotPart(
  CheckboxPrimitive.Root,
  "checkbox",
  "peer size-4 shrink-0 rounded-[4px] border border-input bg-card shadow-xs transition-colors focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive data-[state=checked]:border-primary data-[state=checked]:bg-primary data-[state=checked]:text-primary-foreground",
);
const CheckboxIndicator = slotPart(CheckboxPrimitive.Indicator, "checkbox-indicator", "flex items-center justify-center text-current");

function Checkbox(props: React.ComponentProps<typeof CheckboxPrimitive.Root>) {
  return (
    <CheckboxRoot {...props}>
      <CheckboxIndicator>
        <CheckIcon aria-hidden="true" className="size-3.5" />
      </CheckboxIndicator>
    </CheckboxRoot>
  );
}

export { Checkbox };
