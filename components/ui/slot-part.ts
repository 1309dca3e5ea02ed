import * as React from "react";

import { cn } from "@/lib/utils";

type ClassNameProp = { className?: string };

function componentName(slot: string) {
  return slot.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase());
}

/**
 * One part of a composite primitive (a card's header, a table's cell, a dialog's title): `Component` marked with
 * `data-slot` (what the styles and `*:data-[slot=…]` selectors key on) and, when given, base classes the caller's
 * className extends. Every prop, the ref included, passes through unchanged.
 */
function slotPart<T extends React.ElementType>(Component: T, slot: string, baseClassName?: string) {
  function Part(allProps: React.ComponentProps<T>) {
    const { className, ...props } = allProps as ClassNameProp & Record<string, unknown>;
    const classes = baseClassName === undefined ? className : cn(baseClassName, className);
    return React.createElement(Component as React.ElementType, {
      "data-slot": slot,
      ...(classes === undefined ? {} : { className: classes }),
      ...props,
    });
  }
  Part.displayName = componentName(slot);
  return Part;
}

export { slotPart };
